/**
 * Figures as files: {@link org.chaord.atlas.export.ExportSpec} (a frame plus format, size, resolution and extent),
 * {@link org.chaord.atlas.export.ExportLimits} (shared with the command line), the Java2D paint surface and the
 * PNG, SVG and PDF writers behind {@link org.chaord.atlas.export.ExportService}, which writes atomically.
 * <p>Threads: the service is thread-safe; the app calls it from its background executor, the command line from its
 * main thread. Progress and cancellation pass through {@link org.chaord.atlas.export.ExportProgress}.
 */
package org.chaord.atlas.export;
