package org.chaord.atlas.ui.app;

import javafx.stage.Window;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.saved.FigurePrinter;
import org.chaord.atlas.ui.saved.Notice;
import org.chaord.atlas.ui.saved.SavedViews;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The File menu's actions that read or write files the user chooses (datasets, view files, the printer), so that
 * {@link MainWindow} keeps only its layout; each remembers what it opened in the recent files of {@link SavedViews}.
 */
final class FileActions {

    private final Supplier<Window> window;
    private final AtlasViewModel vm;
    private final SavedViews views;

    FileActions(Supplier<Window> window, AtlasViewModel vm, SavedViews views) {
        this.window = window;
        this.vm = vm;
        this.views = views;
    }

    void putInto(Map<AppAction, Runnable> a) {
        a.put(AppAction.OPEN_DATASET, () -> DatasetDrop.choose(window.get(), vm, views));
        a.put(AppAction.SAVE_VIEW, () -> ViewFileChooser.save(window.get(), vm, views));
        a.put(AppAction.OPEN_VIEW, () -> ViewFileChooser.open(window.get(), vm, views));
        a.put(AppAction.PRINT, this::print);
    }

    /** File → Print…: the figure on one page; no printer (or a failed job) is said in a message. */
    void print() {
        Notice problem = FigurePrinter.print(window.get(), vm, views);
        if (problem != null) {
            NoticeDialog.show(window.get(), vm.texts(), problem);
        }
    }
}
