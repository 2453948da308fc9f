package org.chaord.atlas.ui.saved;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;
import org.chaord.atlas.ui.AtlasViewModel;

/**
 * File → Print…: the system's print dialog, then the figure of what the atlas shows on one page
 * ({@link PrintLayout}). With no printer set up nothing is printed and a message says so.
 */
public final class FigurePrinter {

    private FigurePrinter() {
    }

    /** @return the message to show, or null when the page went to the printer or the user cancelled */
    public static Notice print(Window owner, AtlasViewModel vm, SavedViews views) {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) { // a toolkit without printing (headless)
            job = null;
        }
        if (job == null) {
            return new Notice(vm.texts().get("print.noPrinter"), true);
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return null;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        Node node = PrintLayout.page(vm.atlas(), vm.world(), views.capture(), page.getPrintableWidth(),
                page.getPrintableHeight());
        if (node == null || !job.printPage(page, node) || !job.endJob()) {
            job.cancelJob();
            return new Notice(vm.texts().get("print.failed", String.valueOf(job.getJobStatus())), true);
        }
        return null;
    }
}
