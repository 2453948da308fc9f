package org.chaord.atlas.ui.export;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.export.ExportLimits;
import org.chaord.atlas.export.PaperSize;

import java.util.List;

/**
 * The exported figure's size: a preset's pixels at the chosen resolution, or custom pixels, and whether they are
 * within the {@link ExportLimits} the command line applies too. Part of the {@link ExportViewModel}; FX thread only.
 */
public final class FigureSize {

    private final ReadOnlyObjectWrapper<SizePreset> preset = new ReadOnlyObjectWrapper<>(this, "size", SizePreset.SLIDE);
    private final ReadOnlyObjectWrapper<Integer> width = new ReadOnlyObjectWrapper<>(this, "width", 1920);
    private final ReadOnlyObjectWrapper<Integer> height = new ReadOnlyObjectWrapper<>(this, "height", 1080);
    private final ReadOnlyObjectWrapper<Integer> dpi = new ReadOnlyObjectWrapper<>(this, "dpi", 96);

    FigureSize() {
    }

    public ReadOnlyObjectProperty<SizePreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> widthProperty() {
        return width.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> heightProperty() {
        return height.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> dpiProperty() {
        return dpi.getReadOnlyProperty();
    }

    /** Width, height and resolution, at least 1 each (what an export is asked for; the limits check the typed ones). */
    int widthPx() {
        return Math.max(1, width.get());
    }

    int heightPx() {
        return Math.max(1, height.get());
    }

    int resolution() {
        return Math.max(1, dpi.get());
    }

    List<Observable> observables() {
        return List.of(preset, width, height, dpi);
    }

    /** Why the figure cannot be exported at this size (the command line's message for the same request), or null. */
    public String problem() {
        return ExportLimits.check(width.get(), height.get(), dpi.get()).orElse(null);
    }

    /** A preset sets its usual resolution (300 dpi for paper, 96 for screens) and its pixels at it. */
    public void selectPreset(SizePreset p) {
        if (p == null) {
            return;
        }
        preset.set(p);
        if (p != SizePreset.CUSTOM) {
            dpi.set((int) p.paper().defaultDpi());
            showPaperPixels();
        }
    }

    /** Custom pixels at a resolution, as typed (a size past the limits is refused when exporting). */
    public void setCustom(int w, int h, int resolution) {
        preset.set(SizePreset.CUSTOM);
        width.set(w);
        height.set(h);
        dpi.set(resolution);
    }

    /** Typed pixels count only for a custom size (a preset's follow its paper). */
    public void setWidth(int w) {
        if (preset.get() == SizePreset.CUSTOM) {
            width.set(w);
        }
    }

    public void setHeight(int h) {
        if (preset.get() == SizePreset.CUSTOM) {
            height.set(h);
        }
    }

    /** A new resolution; for a preset the pixels follow it. */
    public void setDpi(int resolution) {
        dpi.set(resolution);
        showPaperPixels();
    }

    /** Takes the remembered size: the custom pixels are kept for when the user picks custom again. */
    void restore(ExportSettings settings) {
        dpi.set(settings.dpi);
        width.set(settings.customWidth);
        height.set(settings.customHeight);
        selectPreset(settings.size);
    }

    void remember(ExportSettings settings) {
        settings.size = preset.get();
        if (preset.get() == SizePreset.CUSTOM) {
            settings.customWidth = width.get();
            settings.customHeight = height.get();
        }
        settings.dpi = dpi.get();
    }

    private void showPaperPixels() {
        PaperSize paper = preset.get().paper();
        if (paper != null) {
            width.set(paper.widthPx(dpi.get()));
            height.set(paper.heightPx(dpi.get()));
        }
    }
}
