/**
 * The export dialog: {@link org.chaord.atlas.ui.export.ExportViewModel} (settings → spec, checked against
 * {@link org.chaord.atlas.export.ExportLimits}), {@link org.chaord.atlas.ui.export.ExportJob} (one export in the
 * background), and the views over them: form, live preview, bottom bar; plus Copy image.
 * <p>Threads: the preview and the export run on the background executor; their results and progress come back to
 * the FX thread through {@code Platform.runLater}, and only the latest preview is shown. Cancelling sets a flag the
 * export checks between its stages; it then removes its temporary file.
 */
package org.chaord.atlas.ui.export;
