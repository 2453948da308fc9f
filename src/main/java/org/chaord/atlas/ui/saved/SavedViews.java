package org.chaord.atlas.ui.saved;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.export.SavedView;
import org.chaord.atlas.export.SavedViewException;
import org.chaord.atlas.export.SavedViewFile;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * File → Save view… / Open view… and the recent files: captures what the atlas shows into a {@link SavedView} and
 * restores one (ADR 0016, 0025). A file that cannot be read changes nothing: the current view stays and a
 * {@link Notice} says why. Outlives the window (a new language rebuilds the window, not this). FX thread only.
 */
public final class SavedViews {

    private final AtlasViewModel vm;
    private final RecentFiles recent = new RecentFiles();
    private final List<Path> datasets = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private Consumer<Locale> language;
    private CompareHook compare;
    private String title;
    private String subtitle;

    public SavedViews(AtlasViewModel vm) {
        this.vm = vm;
        this.language = l -> vm.looks().setTexts(new org.chaord.atlas.i18n.Texts(l));
        this.compare = new CompareModeHook(vm);
        // File → Reload reads the data folder anew, without the datasets added since: they are no longer open
        vm.dataProperty().addListener((o, old, now) -> {
            if (old != null && now != null && now.atlas().indicators().size() < old.atlas().indicators().size()) {
                datasets.clear();
            }
        });
    }

    /** How a saved language is shown: the app rebuilds its window in it (the default only changes the texts). */
    public void useLanguageSwitch(Consumer<Locale> switcher) {
        language = switcher;
    }

    /** Where a change map's From date comes from and goes to: the compare mode unless told otherwise. */
    public void useCompare(CompareHook hook) {
        compare = hook == null ? CompareHook.NONE : hook;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** The last message (a new object each time, so that the same words twice are shown twice). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The figure title and subtitle a saved view carries (null: the view's own name, no subtitle). */
    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /** The indicator datasets opened through {@link #openDataset}, in order. */
    public List<Path> datasets() {
        return List.copyOf(datasets);
    }

    /** What the atlas shows now, as a view file holds it. */
    public SavedView capture() {
        Viewport v = vm.extent().viewport();
        return new SavedView(vm.view(), vm.date(), compare.from(), vm.looks().projectionProperty().get(), RegionPreset.WORLD,
                v == null ? null : SavedView.Extent.of(v.visibleWorld()), vm.looks().paletteProperty().get(),
                vm.texts().locale(), vm.selected(), vm.marks().group(), title, subtitle, datasets);
    }

    /** Writes the view shown now to {@code file}; true when it was written. */
    public boolean save(Path file) {
        try {
            SavedViewFile.write(capture(), file);
        } catch (IOException | RuntimeException e) {
            say(vm.texts().get("views.cannotSave", file + ": " + e.getMessage()), true);
            return false;
        }
        recent.add(new RecentFile(file, RecentFile.Kind.VIEW)); // no message: a dialog after each save is a nuisance
        return true;
    }

    /**
     * Opens a view file: a damaged one, one of a newer format version or one naming a view the data lack changes
     * nothing (the message says why); true when the view was shown.
     */
    public boolean open(Path file) {
        if (!Files.isRegularFile(file)) {
            missing(file);
            return false;
        }
        SavedView saved;
        try {
            saved = SavedViewFile.read(file);
        } catch (SavedViewException e) {
            say(vm.texts().get("views.cannotOpen", e.getMessage()), true);
            return false;
        }
        if (vm.atlas() != null && !vm.atlas().isKnown(saved.view())) {
            say(vm.texts().get("views.cannotOpen", file + ": " + vm.texts().get("views.unknownView",
                    saved.view().name())), true);
            return false;
        }
        recent.add(new RecentFile(file, RecentFile.Kind.VIEW));
        show(saved);
        return true;
    }

    /** Opens an indicator dataset (menu, drop, launcher, recent files); a missing file is said and leaves the list. */
    public void openDataset(Path csv) {
        openDataset(csv, true);
    }

    /** A view's own datasets join the data but not the recent files (the view is the file the user opened). */
    private void openDataset(Path csv, boolean recentFile) {
        if (!Files.isRegularFile(csv)) {
            missing(csv);
            return;
        }
        Path p = csv.toAbsolutePath().normalize();
        if (recentFile) {
            recent.add(new RecentFile(p, RecentFile.Kind.DATASET));
        }
        if (!datasets.contains(p)) {
            datasets.add(p);
            vm.loading().addDataset(p);
        }
    }

    /** Opens a file of the recent list again, as what it was. */
    public void openRecent(RecentFile file) {
        if (file.kind() == RecentFile.Kind.VIEW) {
            open(file.file());
        } else {
            openDataset(file.file());
        }
    }

    private void show(SavedView saved) {
        if (!saved.language().getLanguage().equals(vm.texts().locale().getLanguage())) {
            language.accept(saved.language());
        }
        vm.setView(saved.view());
        vm.setDate(saved.date());
        vm.looks().setPalette(saved.palette());
        vm.select(saved.selection());
        vm.marks().highlightGroup(saved.highlightedGroup());
        title = saved.title();
        subtitle = saved.subtitle();
        saved.datasets().forEach(csv -> openDataset(csv, false));
        ViewExtent.show(vm, saved);
        if (!compare.showFrom(saved.since())) {
            say(vm.texts().get("views.changeMap", vm.texts().date(saved.since()), vm.texts().date(saved.date())), false);
        }
    }

    private void missing(Path file) {
        recent.remove(file);
        say(vm.texts().get("views.missing", file.toAbsolutePath()), true);
    }

    private void say(String text, boolean problem) {
        notice.set(new Notice(text, problem));
    }
}
