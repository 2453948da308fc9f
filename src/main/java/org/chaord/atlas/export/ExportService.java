package org.chaord.atlas.export;

import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ComposedFigure;
import org.chaord.atlas.render.FigureComposer;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.Highlights;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.SceneComposer;
import org.chaord.atlas.render.SceneRequest;
import org.chaord.atlas.render.Viewport;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.awt.Graphics2D;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;

/**
 * Exports finished figures (title, date, map, legend, source line) to PNG, SVG or PDF, painting the same scene as the
 * screen through {@link Graphics2DSurface}. Files are written atomically: into a temporary file next to the target,
 * then moved over it; on failure or cancellation the temporary file is deleted and an existing target is untouched.
 * Projected worlds are cached per projection for the lifetime of the service (batch exports project once).
 * Thread-safe.
 */
public final class ExportService {

    private final ExportFonts fonts;
    private final Map<ProjectionKind, ProjectedWorld> worlds = new EnumMap<>(ProjectionKind.class);
    private Map<String, Geometry> cachedShapes;

    public ExportService() {
        this(ExportFonts.bundled());
    }

    public ExportService(ExportFonts fonts) {
        this.fonts = fonts;
    }

    /** The countries projected with {@code kind}, built once per projection and shape map. */
    public synchronized ProjectedWorld world(Map<String, Geometry> shapes, ProjectionKind kind) {
        if (cachedShapes != shapes) {
            worlds.clear();
            cachedShapes = shapes;
        }
        return worlds.computeIfAbsent(kind, k -> ProjectedWorld.build(shapes, MapProjection.of(k)));
    }

    /** Where title, map, legend and footer go on the spec's page. */
    public static FigureLayout layout(ExportSpec spec) {
        return FigureLayout.of(spec.width(), spec.height());
    }

    /**
     * The viewport the map of {@code spec} is painted through: its extent, or else its region, fitted into the
     * layout's map area.
     */
    public static Viewport viewport(ExportSpec spec, ProjectedWorld world) {
        Envelope shown = spec.extent() != null ? spec.extent() : spec.region().projected(world.projection());
        return layout(spec).mapViewport(shown);
    }

    /**
     * The figure of {@code spec} painted into an image {@code scale} times its size (at least 1 × 1 pixel): scale 1
     * is exactly what a PNG export writes; a small scale is a preview of the same figure, laid out for the full size.
     */
    public BufferedImage image(ExportSpec spec, Atlas atlas, ProjectedWorld world, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive (got " + scale + ")");
        }
        ComposedFigure figure = figure(spec, atlas, world);
        MapScene scene = figure.scene();
        FigureLayout layout = figure.layout();
        if (scale == 1) {
            return PngWriter.paint(scene, layout, fonts, ExportProgress.NONE);
        }
        int w = Math.max(1, (int) Math.round(spec.width() * scale));
        int h = Math.max(1, (int) Math.round(spec.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(w / (double) spec.width(), h / (double) spec.height());
            FigurePainter.paint(scene, layout, new Graphics2DSurface(g, false, fonts));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Composes the scene an export of {@code spec} paints. */
    public static MapScene compose(ExportSpec spec, Atlas atlas, ProjectedWorld world) {
        checkProjection(spec, world);
        FigureLayout layout = layout(spec);
        SceneRequest request = new SceneRequest(spec.frame(), viewport(spec, world), Highlights.NONE);
        return SceneComposer.compose(atlas, world, request, layout.k());
    }

    /** The scene and page layout an export of {@code spec} paints, its legend placed where it hides no land. */
    public ComposedFigure figure(ExportSpec spec, Atlas atlas, ProjectedWorld world) {
        return figure(spec, world, (viewport, k) -> SceneComposer.compose(atlas, world,
                new SceneRequest(spec.frame(), viewport, Highlights.NONE), k));
    }

    /** The same for any scene that {@code scenes} composes for a map viewport and a type scale. */
    public ComposedFigure figure(ExportSpec spec, ProjectedWorld world, BiFunction<Viewport, Double, MapScene> scenes) {
        checkProjection(spec, world);
        Envelope shown = spec.extent() != null ? spec.extent() : spec.region().projected(world.projection());
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = one.createGraphics();
        try {
            return FigureComposer.compose(world, scenes, shown, spec.width(), spec.height(),
                    new Graphics2DSurface(g, false, fonts));
        } finally {
            g.dispose();
        }
    }

    private static void checkProjection(ExportSpec spec, ProjectedWorld world) {
        if (world.projection().kind() != spec.projection()) {
            throw new IllegalArgumentException("world is projected with " + world.projection().kind().id()
                    + " but the export asks for " + spec.projection().id());
        }
    }

    /** The scene request of {@code spec}: its frame, its map fitted into the figure, no highlights. */
    public static SceneRequest request(ExportSpec spec, ProjectedWorld world) {
        return new SceneRequest(spec.frame(), viewport(spec, world), Highlights.NONE);
    }

    /** Exports from lon/lat shapes, projecting them (once per projection, cached). */
    public ExportResult export(ExportSpec spec, Atlas atlas, Map<String, Geometry> shapes, Path out,
                               ExportProgress progress) throws IOException {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        step(p, "projecting", 0.0);
        return export(spec, atlas, world(shapes, spec.projection()), out, p);
    }

    /** Exports from an already projected world, which must use the spec's projection. */
    public ExportResult export(ExportSpec spec, Atlas atlas, ProjectedWorld world, Path out, ExportProgress progress)
            throws IOException {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        step(p, "composing", 0.1);
        return write(spec, figure(spec, atlas, world), out, p);
    }

    /**
     * Writes an already composed figure (e.g. a change map, {@link MapFigure}) as the spec's figure, atomically.
     */
    public ExportResult write(ExportSpec spec, ComposedFigure figure, Path out, ExportProgress progress)
            throws IOException {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        MapScene scene = figure.scene();
        FigureLayout layout = figure.layout();
        Path target = out.toAbsolutePath().normalize();
        Path temp = AtomicFileTarget.begin(target);
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writeFigure(spec, scene, layout, os, p);
            }
            step(p, "moving", 0.95);
            AtomicFileTarget.commit(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            AtomicFileTarget.abandon(temp);
            throw e;
        }
        step(p, "done", 1.0);
        return new ExportResult(target, Files.size(target), scene, layout);
    }

    private void writeFigure(ExportSpec spec, MapScene scene, FigureLayout layout, OutputStream os, ExportProgress p)
            throws IOException {
        step(p, "painting", 0.2);
        switch (spec.format()) {
            case PNG -> {
                BufferedImage image = PngWriter.paint(scene, layout, fonts, p);
                step(p, "writing", 0.6);
                PngWriter.write(image, spec.dpi(), PngWriter.figureText(scene), os, p);
            }
            case SVG -> {
                String svg = SvgWriter.paint(scene, layout, fonts, p);
                step(p, "writing", 0.6);
                SvgWriter.write(svg, os);
            }
            case PDF -> PdfWriter.write(scene, layout, spec, fonts, os, p);
        }
        step(p, "written", 0.9);
    }

    private static void step(ExportProgress p, String stage, double fraction) {
        if (p.isCancelled()) {
            throw new CancellationException("export cancelled");
        }
        p.stage(stage, fraction);
    }
}
