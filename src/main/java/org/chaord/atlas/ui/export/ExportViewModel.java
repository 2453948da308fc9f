package org.chaord.atlas.ui.export;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
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
 * The export dialog's state: format, size and resolution ({@link FigureSize}, with its limits), region (or the map's
 * current extent), title, subtitle and file, and the {@link ExportSpec} they describe. Exports run through an
 * {@link ExportJob}. No controls here.
 */
public final class ExportViewModel {

    /** The region choice that exports what the map window shows. */
    public static final String CURRENT = "current";

    private final AtlasViewModel atlas;
    private final Texts t;
    private final ExportJob job;
    private final ReadOnlyObjectWrapper<ExportFormat> format = new ReadOnlyObjectWrapper<>(this, "format", ExportFormat.PNG);
    private final FigureSize size = new FigureSize();
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper(this, "region", RegionPreset.WORLD.id());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyBooleanWrapper labels = new ReadOnlyBooleanWrapper(this, "labels");
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
    public ReadOnlyBooleanProperty labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public void setLabels(boolean on) {
        labels.set(on);
    }

    /** The file field's text as typed (see {@link #targetPath()} for the file written). */
    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The figure's pixels and resolution. */
    public FigureSize size() {
        return size;
    }

    public ExportJob job() {
        return job;
    }

    /** What changes the figure (the dialog repaints its preview when one does). */
    public List<Observable> figureInputs() {
        List<Observable> inputs = new ArrayList<>(List.of(format, region, title, subtitle, labels));
        inputs.addAll(size.observables());
        return inputs;
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
                .withSize(size.widthPx(), size.heightPx(), size.resolution());
        if (world != null) {
            spec = spec.withProjection(world.projection().kind());
        }
        if (CURRENT.equals(region.get())) {
            Viewport v = atlas.extent().viewport();
            return v == null ? spec : spec.withExtent(v.visibleWorld());
        }
        return spec.withRegion(RegionPreset.fromId(region.get()));
    }

    /** The preview's caption: pixels, resolution and format. */
    public String caption() {
        return t.get("export.previewCaption", String.valueOf(size.widthProperty().get()),
                String.valueOf(size.heightProperty().get()), String.valueOf(size.dpiProperty().get()), format.get().name());
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
        String problem = size.problem();
        if (problem != null) {
            job.refuse(problem);
            return;
        }
        ExportSpec spec = spec();
        // a region or the map's extent is drawn from 1:10m when it is loaded (Luxembourg's real outline)
        ProjectedWorld world = spec.region() == RegionPreset.WORLD && spec.extent() == null
                ? atlas.world() : atlas.worlds().drawn(ExportService.viewport(spec, atlas.world()));
        job.start(spec, atlas.atlas(), world, target);
    }

    public void cancel() {
        job.cancel();
    }

    // ---- remembered settings -------------------------------------------------------------------------------------

    /** Takes the remembered settings; the title starts as the view's name (the figure shows the date already). */
    public void restore(ExportSettings settings) {
        format.set(settings.format);
        size.restore(settings);
        List<String> choices = regions();
        region.set(choices.contains(settings.region) ? settings.region : choices.get(0));
        // named as the map names it: a treaty added by CSV by its treaties.csv name
        Texts named = atlas.atlas() == null ? t : t.withTreaties(atlas.atlas().treaties());
        // compare mode: the change map's title, as `export --since` gives it
        title.set(atlas.compare().changes() != null
                ? org.chaord.atlas.render.ChangeScene.title(named, atlas.compare().changes()) : named.viewName(atlas.view()));
        labels.set(atlas.looks().isLabels());
        Path folder = settings.folder != null ? settings.folder : Path.of(System.getProperty("user.home"));
        file.set(folder.resolve(defaultName(format.get())).toString());
    }

    /** Copies the state into the settings (not saved). */
    public void remember(ExportSettings settings) {
        settings.format = format.get();
        size.remember(settings);
        settings.region = region.get();
        Path target = targetPath();
        if (target != null && target.getParent() != null && Files.isDirectory(target.getParent())) {
            settings.folder = target.getParent();
        }
    }

    private void matchFileToFormat() {
        Path target = targetPath();
        if (target != null && !target.toString().equals(file.get())) {
            file.set(target.toString());
        }
    }
}
