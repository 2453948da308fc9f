package org.chaord.atlas.export;

import org.chaord.atlas.render.PaintSurface;
import org.chaord.atlas.render.TextAlign;
import org.jfree.svg.SVGHints;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The painter contract over a Java2D {@link Graphics2D}: how PNG (BufferedImage), SVG (JFreeSVG) and PDF (PDFBox)
 * paint the same scene as the screen. Paths are {@link Path2D.Double} with the even-odd rule; strokes are pure
 * (no pixel snapping) and antialiased. For SVG, groups become {@code <g id=…>} and each country's fill path gets
 * its ISO3 code as {@code id}.
 */
public final class Graphics2DSurface implements PaintSurface {

    /** The group whose children are countries: inside it, a group id names the next element instead. */
    static final String COUNTRIES_GROUP = "countries";

    private final Graphics2D g;
    private final boolean svg;
    private final ExportFonts fonts;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<Double, BasicStroke> strokes = new HashMap<>();
    private final Deque<String> groups = new ArrayDeque<>();
    private final Deque<Shape> clips = new ArrayDeque<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private String pendingElementId;
    private java.util.function.BooleanSupplier cancelled = () -> false;

    /**
     * @param g     the target; rendering hints are set here
     * @param svg   true when {@code g} is a JFreeSVG {@code SVGGraphics2D}: groups and element ids are written
     * @param fonts the typeface
     */
    public Graphics2DSurface(Graphics2D g, boolean svg, ExportFonts fonts) {
        this.g = g;
        this.svg = svg;
        this.fonts = fonts;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Makes painting stop at the next group (a country, the legend…) once {@code cancelled} says so. */
    public Graphics2DSurface cancelWhen(java.util.function.BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        return this;
    }

    @Override
    public void beginGroup(String id) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("export cancelled");
        }
        if (svg) {
            if (COUNTRIES_GROUP.equals(groups.peek())) {
                pendingElementId = TextSanitizer.xmlAttribute(id);
            } else {
                g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, TextSanitizer.xmlAttribute(id));
            }
        }
        groups.push(id);
    }

    @Override
    public void endGroup() {
        if (groups.isEmpty()) {
            throw new IllegalStateException("endGroup() without beginGroup()");
        }
        groups.pop();
        if (svg) {
            if (COUNTRIES_GROUP.equals(groups.peek())) {
                pendingElementId = null;
            } else {
                g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
            }
        }
    }

    /** Gives the next drawn element the pending id (SVG only; JFreeSVG consumes the hint with that element). */
    private void applyElementId() {
        if (pendingElementId != null) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, pendingElementId);
            pendingElementId = null;
        }
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> new Color(c, true));
    }

    private BasicStroke stroke(double width) {
        return strokes.computeIfAbsent(width,
                w -> new BasicStroke(w.floatValue(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath(int argb) {
        applyElementId();
        g.setColor(colour(argb));
        g.fill(path);
    }

    @Override
    public void strokePath(int argb, double width) {
        applyElementId();
        g.setColor(colour(argb));
        g.setStroke(stroke(width));
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        applyElementId();
        g.setColor(colour(argb));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        applyElementId();
        g.setColor(colour(argb));
        g.setStroke(stroke(width));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        applyElementId();
        g.setColor(colour(argb));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width) {
        applyElementId();
        g.setColor(colour(argb));
        g.setStroke(stroke(width));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String raw, double x, double y, double size, boolean bold, int argb, TextAlign align) {
        String text = TextSanitizer.clean(raw);
        if (text == null || text.isEmpty()) {
            return;
        }
        Font font = fontFor(text, size, bold);
        g.setFont(font);
        double w = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        applyElementId();
        g.setColor(colour(argb));
        g.drawString(svg ? BidiEmbedding.forLeftToRightViewer(text) : text, (float) left, (float) y);
    }

    @Override
    public double textWidth(String raw, double size, boolean bold) {
        String text = TextSanitizer.clean(raw);
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return fontFor(text, size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /**
     * The bundled font when it covers the text, else the JDK's logical sans-serif font; fails with a clear message
     * when neither can show the text (never boxes instead of letters).
     */
    private Font fontFor(String text, double size, boolean bold) {
        Font font = fonts.font(bold, size);
        if (font.canDisplayUpTo(text) < 0) {
            return font;
        }
        Font fallback = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        if (fallback.canDisplayUpTo(text) < 0) {
            return fallback;
        }
        int at = font.canDisplayUpTo(text);
        throw new IllegalStateException("no installed font can show the text \"" + text + "\" (character U+"
                + String.format("%04X", text.codePointAt(at)) + "); install a font covering it, e.g. Noto Sans CJK "
                + "for Chinese (Debian: fonts-noto-cjk)");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        if (clips.isEmpty()) {
            throw new IllegalStateException("unclip() without clip()");
        }
        Shape previous = clips.pop();
        g.setClip(previous == NO_CLIP ? null : previous);
    }

    /** Marks "no clip" on the stack (ArrayDeque refuses null). */
    private static final Shape NO_CLIP = new Rectangle2D.Double();
}
