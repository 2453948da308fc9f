package org.chaord.atlas.ui.export;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportLimits;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The export dialog's state: format, size (a preset's pixels at the chosen resolution, or custom pixels),
 * resolution, region (or the map's current extent), title, subtitle and file, the {@link ExportSpec} they describe
 * and whether it is within {@link ExportLimits}. Exports run through an {@link ExportJob}. No controls here.
 */
public final class ExportViewModel {

    /** The region choice that exports what the map window shows. */
    public static final String CURRENT = "current";

    private final AtlasViewModel atlas;
    private final Texts t;
    private final ExportJob job;
    private final ReadOnlyObjectWrapper<ExportFormat> format = new ReadOnlyObjectWrapper<>(this, "format", ExportFormat.PNG);
    private final ReadOnlyObjectWrapper<SizePreset> size = new ReadOnlyObjectWrapper<>(this, "size", SizePreset.SLIDE);
    private final ReadOnlyObjectWrapper<Integer> width = new ReadOnlyObjectWrapper<>(this, "width", 1920);
    private final ReadOnlyObjectWrapper<Integer> height = new ReadOnlyObjectWrapper<>(this, "height", 1080);
    private final ReadOnlyObjectWrapper<Integer> dpi = new ReadOnlyObjectWrapper<>(this, "dpi", 96);
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper(this, "region", RegionPreset.WORLD.id());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper labels =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "labels");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper(this, "file", "");

    public ExportViewModel(AtlasViewModel atlas, ExportService service, UiThreads threads) {
        this.atlas = atlas;
        this.t = atlas.texts();
        this.job = new ExportJob(service, threads, t);
        format.addListener(x -> matchFileToFormat());
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ExportFormat> formatProperty() {
        return format.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SizePreset> sizeProperty() {
        return size.getReadOnlyProperty();
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

    public ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Country names on the figure's map (starts as the map window shows them). */
    public javafx.beans.property.ReadOnlyBooleanProperty labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public void setLabels(boolean on) {
        labels.set(on);
    }

    /** The file field's text as typed (see {@link #targetPath()} for the file written). */
    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ExportJob job() {
        return job;
    }

    /** What changes the figure (the dialog repaints its preview when one does). */
    public List<Observable> figureInputs() {
        return List.of(format, size, width, height, dpi, region, title, subtitle, labels);
    }

    /** The region choices: the map's current extent (when it has one), then the presets. */
    public List<String> regions() {
        List<String> ids = new ArrayList<>();
        if (atlas.extent().viewport() != null) {
            ids.add(CURRENT);
        }
        for (RegionPreset r : RegionPreset.values()) {
            ids.add(r.id());
        }
        return ids;
    }

    /** What the dialog exports now. */
    public ExportSpec spec() {
        ProjectedWorld world = atlas.world();
        ExportSpec spec = ExportSpec.of(format.get(), atlas.frame().withTitles(title.get(), subtitle.get())
                .withLabels(labels.get()))
                .withSize(Math.max(1, width.get()), Math.max(1, height.get()), Math.max(1, dpi.get()));
        if (world != null) {
            spec = spec.withProjection(world.projection().kind());
        }
        if (CURRENT.equals(region.get())) {
            Viewport v = atlas.extent().viewport();
            return v == null ? spec : spec.withExtent(v.visibleWorld());
        }
        return spec.withRegion(RegionPreset.fromId(region.get()));
    }

    /** Why the figure cannot be exported as set (the command line's message for the same request), or null. */
    public String problem() {
        return ExportLimits.check(width.get(), height.get(), dpi.get()).orElse(null);
    }

    /** The preview's caption: pixels, resolution and format. */
    public String caption() {
        return t.get("export.previewCaption", String.valueOf(width.get()), String.valueOf(height.get()),
                String.valueOf(dpi.get()), format.get().name());
    }

    /** The file to write, its extension matched to the format; null when the field holds no valid path. */
    public Path targetPath() {
        return ExportTarget.of(file.get(), format.get());
    }

    public String defaultName(ExportFormat f) {
        java.time.LocalDate since = atlas.frame().since(); // a change map is named as the command line names it
        return atlas.view().name().toLowerCase(Locale.ROOT) + (since != null ? "-changes-since-" + since : "") + "-"
                + atlas.date() + "." + f.extension();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    public void selectFormat(ExportFormat f) {
        format.set(f == null ? ExportFormat.PNG : f);
    }

    /** A preset sets its usual resolution (300 dpi for paper, 96 for screens) and its pixels at it. */
    public void selectSize(SizePreset preset) {
        if (preset == null) {
            return;
        }
        size.set(preset);
        if (preset != SizePreset.CUSTOM) {
            dpi.set((int) preset.paper().defaultDpi());
            showPaperPixels();
        }
    }

    /** Custom pixels at a resolution, as typed (a size past the limits is refused when exporting). */
    public void setCustomSize(int w, int h, int resolution) {
        size.set(SizePreset.CUSTOM);
        width.set(w);
        height.set(h);
        dpi.set(resolution);
    }

    public void setWidth(int w) {
        if (size.get() == SizePreset.CUSTOM) {
            width.set(w);
        }
    }

    public void setHeight(int h) {
        if (size.get() == SizePreset.CUSTOM) {
            height.set(h);
        }
    }

    /** A new resolution; for a preset the pixels follow it. */
    public void setDpi(int resolution) {
        dpi.set(resolution);
        showPaperPixels();
    }

    public void setRegion(String id) {
        if (id != null) {
            region.set(id);
        }
    }

    public void setTitle(String text) {
        title.set(text == null ? "" : text);
    }

    public void setSubtitle(String text) {
        subtitle.set(text == null ? "" : text);
    }

    public void setFile(String text) {
        file.set(text == null ? "" : text);
    }

    public void setTargetPath(Path p) {
        setFile(p.toString());
    }

    /** Starts the export, or says why it cannot start (no file, no data, past the limits). */
    public void export() {
        Path target = targetPath();
        if (target == null || target.getFileName() == null) {
            job.refuse(t.get("export.error.noFile"));
            return;
        }
        if (atlas.atlas() == null || atlas.world() == null) {
            job.refuse(t.get("export.error.noData"));
            return;
        }
        String problem = problem();
        if (problem != null) {
            job.refuse(problem);
            return;
        }
        ExportSpec spec = spec();
        // a region or the map's extent is drawn from 1:10m when it is loaded (Luxembourg's real outline)
        ProjectedWorld world = spec.region() == org.chaord.atlas.render.RegionPreset.WORLD && spec.extent() == null
                ? atlas.world() : atlas.drawnWorld(ExportService.viewport(spec, atlas.world()));
        job.start(spec, atlas.atlas(), world, target);
    }

    public void cancel() {
        job.cancel();
    }

    // ---- remembered settings -------------------------------------------------------------------------------------

    /** Takes the remembered settings; the title starts as the view's name (the figure shows the date already). */
    public void restore(ExportSettings settings) {
        format.set(settings.format);
        dpi.set(settings.dpi);
        width.set(settings.customWidth);
        height.set(settings.customHeight);
        selectSize(settings.size);
        List<String> choices = regions();
        region.set(choices.contains(settings.region) ? settings.region : choices.get(0));
        // named as the map names it: a treaty added by CSV by its treaties.csv name
        Texts named = atlas.atlas() == null ? t : t.withTreaties(atlas.atlas().treaties());
        // compare mode: the change map's title, as `export --since` gives it
        title.set(atlas.compare().changes() != null
                ? org.chaord.atlas.render.ChangeScene.title(named, atlas.compare().changes()) : named.viewName(atlas.view()));
        labels.set(atlas.isLabels());
        Path folder = settings.folder != null ? settings.folder : Path.of(System.getProperty("user.home"));
        file.set(folder.resolve(defaultName(format.get())).toString());
    }

    /** Copies the state into the settings (not saved). */
    public void remember(ExportSettings settings) {
        settings.format = format.get();
        settings.size = size.get();
        if (size.get() == SizePreset.CUSTOM) {
            settings.customWidth = width.get();
            settings.customHeight = height.get();
        }
        settings.dpi = dpi.get();
        settings.region = region.get();
        Path target = targetPath();
        if (target != null && target.getParent() != null && Files.isDirectory(target.getParent())) {
            settings.folder = target.getParent();
        }
    }

    private void showPaperPixels() {
        PaperSize paper = size.get().paper();
        if (paper != null) {
            width.set(paper.widthPx(dpi.get()));
            height.set(paper.heightPx(dpi.get()));
        }
    }

    private void matchFileToFormat() {
        Path target = targetPath();
        if (target != null && !target.toString().equals(file.get())) {
            file.set(target.toString());
        }
    }
}
