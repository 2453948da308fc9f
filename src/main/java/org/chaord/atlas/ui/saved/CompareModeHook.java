package org.chaord.atlas.ui.saved;

import org.chaord.atlas.ui.AtlasViewModel;

import java.time.LocalDate;

/** The compare mode as a saved view's {@code since}: its From date while it is on; opening a change map turns it on. */
final class CompareModeHook implements CompareHook {

    private final AtlasViewModel vm;

    CompareModeHook(AtlasViewModel vm) {
        this.vm = vm;
    }

    @Override
    public LocalDate from() {
        return vm.compare().since();
    }

    /** Called after the view's date (To) is set, so the change map runs from {@code from} to it. */
    @Override
    public boolean showFrom(LocalDate from) {
        if (from != null) {
            vm.compare().setFrom(from);
        }
        vm.compare().setActive(from != null, vm.date(), AtlasViewModel.TIMELINE_START);
        return true;
    }
}
