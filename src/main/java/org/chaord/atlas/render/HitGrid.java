package org.chaord.atlas.render;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The shape under a projected point, found through a uniform grid over the world (ADR 0027). Each cell lists the
 * polygon parts whose bounds meet it and, per part, whether one of the part's edges crosses the cell. A cell no edge
 * crosses lies wholly inside or wholly outside the part, which its centre tells once (then remembered), so most
 * points need no point-in-polygon test; only points in cells an edge crosses ask the part's indexed locator. Parts,
 * not countries, are indexed: France's bounds reach from Guiana to Réunion, its mainland's do not.
 */
final class HitGrid {

    /** Cells across the world's width: at a region preset a cell is a few pixels wide. */
    static final int COLUMNS = 512;
    private static final int MAX_ROWS = 1024;
    private static final byte UNKNOWN = 0;
    private static final byte EDGE = 1;
    private static final byte INSIDE = 2;
    private static final byte OUTSIDE = 3;

    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final HitPart[] parts;
    /** Cell c's entries are {@code entryPart[cellStart[c] .. cellStart[c + 1])} (compressed rows). */
    private final int[] cellStart;
    private final int[] entryPart;
    /** EDGE, or UNKNOWN until the cell's centre was located, then INSIDE or OUTSIDE (benign race: same answer). */
    private final byte[] entryState;

    HitGrid(Collection<ProjectedShape> shapes) {
        List<HitPart> list = new ArrayList<>();
        Envelope bounds = new Envelope();
        for (ProjectedShape s : shapes) {
            for (HitPart p : s.parts()) { // the shape's own parts: one locator per polygon, shared with contains()
                list.add(p);
                bounds.expandToInclude(p.envelope());
            }
        }
        parts = list.toArray(HitPart[]::new);
        minX = bounds.isNull() ? 0 : bounds.getMinX();
        minY = bounds.isNull() ? 0 : bounds.getMinY();
        double size = bounds.isNull() ? 0 : Math.max(bounds.getWidth() / COLUMNS, bounds.getHeight() / MAX_ROWS);
        cell = size > 0 ? size : 1;
        // one more than fits, so points on the far edges have a cell too
        columns = bounds.isNull() ? 1 : (int) (bounds.getWidth() / cell) + 1;
        rows = bounds.isNull() ? 1 : (int) (bounds.getHeight() / cell) + 1;
        cellStart = new int[columns * rows + 1];
        for (HitPart p : parts) {
            forEachCell(p.envelope(), c -> cellStart[c + 1]++);
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        entryPart = new int[cellStart[columns * rows]];
        entryState = new byte[entryPart.length];
        int[] next = cellStart.clone();
        for (int i = 0; i < parts.length; i++) {
            int part = i;
            CellBox box = new CellBox(parts[i].envelope());
            boolean[] edges = edgeCells(parts[i].polygon(), box);
            forEachCell(parts[i].envelope(), c -> {
                entryPart[next[c]] = part;
                entryState[next[c]] = edges[box.index(c)] ? EDGE : UNKNOWN;
                next[c]++;
            });
        }
    }

    /** The smallest shape containing (x, y) (an enclave wins over the country around it), or null. */
    ProjectedShape shapeAt(double x, double y) {
        int c = cellOf(x, y);
        if (c < 0) {
            return null;
        }
        ProjectedShape best = null;
        for (int e = cellStart[c]; e < cellStart[c + 1]; e++) {
            HitPart p = parts[entryPart[e]];
            if ((best == null || p.owner().area() < best.area()) && contains(e, p, c, x, y)) {
                best = p.owner();
            }
        }
        return best;
    }

    private boolean contains(int entry, HitPart p, int c, double x, double y) {
        byte state = entryState[entry];
        if (state == UNKNOWN) {
            double cx = minX + (c % columns + 0.5) * cell;
            double cy = minY + (c / columns + 0.5) * cell;
            state = p.locate(cx, cy) ? INSIDE : OUTSIDE;
            entryState[entry] = state;
        }
        return state == INSIDE || state == EDGE && p.envelope().contains(x, y) && p.locate(x, y);
    }

    private int cellOf(double x, double y) {
        double fx = (x - minX) / cell;
        double fy = (y - minY) / cell;
        if (!(fx >= 0 && fy >= 0 && fx < columns && fy < rows)) {
            return -1;
        }
        return (int) fy * columns + (int) fx;
    }

    /** The cells of a part's bounds, numbered from its lower left corner. */
    private final class CellBox {
        private final int x0;
        private final int y0;
        private final int width;
        private final int height;

        CellBox(Envelope e) {
            x0 = clampColumn(e.getMinX());
            y0 = clampRow(e.getMinY());
            width = clampColumn(e.getMaxX()) - x0 + 1;
            height = clampRow(e.getMaxY()) - y0 + 1;
        }

        int index(int gridCell) {
            return (gridCell / columns - y0) * width + gridCell % columns - x0;
        }
    }

    /** Every cell (of the part's box) an edge of the polygon passes through; edges cut into pieces of a cell. */
    private boolean[] edgeCells(Polygon polygon, CellBox box) {
        boolean[] cells = new boolean[box.width * box.height];
        for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
            var ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinateSequence();
            for (int i = 1; i < ring.size(); i++) {
                double x0 = ring.getX(i - 1);
                double y0 = ring.getY(i - 1);
                double dx = ring.getX(i) - x0;
                double dy = ring.getY(i) - y0;
                int pieces = Math.max(1, (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / cell));
                for (int k = 0; k < pieces; k++) {
                    double ax = x0 + dx * k / pieces;
                    double ay = y0 + dy * k / pieces;
                    double bx = x0 + dx * (k + 1) / pieces;
                    double by = y0 + dy * (k + 1) / pieces;
                    // a piece spans at most 2 × 2 cells: its box's cells hold all of it
                    forEachCell(new Envelope(ax, bx, ay, by), c -> cells[box.index(c)] = true);
                }
            }
        }
        return cells;
    }

    private void forEachCell(Envelope e, IntConsumer action) {
        int x0 = clampColumn(e.getMinX());
        int x1 = clampColumn(e.getMaxX());
        int y0 = clampRow(e.getMinY());
        int y1 = clampRow(e.getMaxY());
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                action.accept(y * columns + x);
            }
        }
    }

    private int clampColumn(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) / cell)));
    }

    private int clampRow(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cell)));
    }
}
