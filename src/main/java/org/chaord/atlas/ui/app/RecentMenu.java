package org.chaord.atlas.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.saved.RecentFile;
import org.chaord.atlas.ui.saved.SavedViews;

/** File → Open recent: the views and datasets opened lately, newest first, filled each time the menu opens. */
final class RecentMenu extends Menu {

    private final Texts t;
    private final SavedViews views;

    RecentMenu(Texts t, SavedViews views) {
        super(t.get("menu.recent"));
        this.t = t;
        this.views = views;
        setId("menu-recent");
        fill(); // a menu with no items never shows: it is filled now and again on each showing
        setOnShowing(e -> fill());
    }

    private void fill() {
        getItems().clear();
        int n = 0;
        for (RecentFile f : views.recent().files()) {
            String kind = t.get(f.kind() == RecentFile.Kind.VIEW ? "menu.recentView" : "menu.recentDataset");
            // the name first (what one looks for), then the folder it is in; no mnemonic parsing of "_" in names
            MenuItem item = new MenuItem(f.file().getFileName() + "  \u2014  " + kind + " \u00b7 " + f.file().getParent());
            item.setMnemonicParsing(false);
            item.setId("recent-" + n++);
            item.setOnAction(e -> views.openRecent(f));
            getItems().add(item);
        }
        if (getItems().isEmpty()) {
            MenuItem none = new MenuItem(t.get("menu.recentNone"));
            none.setDisable(true);
            getItems().add(none);
        }
    }
}
