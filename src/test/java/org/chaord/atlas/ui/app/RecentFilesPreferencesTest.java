package org.chaord.atlas.ui.app;

import org.chaord.atlas.ui.saved.RecentFile;
import org.chaord.atlas.ui.saved.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recent files survive a restart through the user's preferences, and an over-long list is cut, not lost. */
class RecentFilesPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("org/chaord/atlas/test-recent-" + System.nanoTime());

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void theListComesBackAfterARestart() {
        RecentFiles before = new RecentFiles();
        before.add(new RecentFile(Path.of("/data/internet users.csv"), RecentFile.Kind.DATASET));
        before.add(new RecentFile(Path.of("/talks/hanoi.view.json"), RecentFile.Kind.VIEW));
        new UserPreferences(node).saveRecentFiles(before.lines());
        RecentFiles after = new RecentFiles();
        after.restore(new UserPreferences(node).recentFiles());
        assertEquals(before.files(), after.files());
        assertEquals(List.of(), new UserPreferences(null).recentFiles(), "no preferences, no list");
    }

    @Test
    void aListTooLongForOnePreferenceKeepsItsNewestFiles() {
        String deep = "/d".repeat(900); // 1,800 characters of folders: 8 such paths exceed a preference's 8,192
        RecentFiles many = new RecentFiles();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            many.add(new RecentFile(Path.of(deep + "/v" + i + ".view.json"), RecentFile.Kind.VIEW));
        }
        new UserPreferences(node).saveRecentFiles(many.lines());
        List<String> kept = new UserPreferences(node).recentFiles();
        assertTrue(kept.size() >= 1 && kept.size() < RecentFiles.MAX, kept.size() + " kept");
        assertEquals(many.lines().subList(0, kept.size()), kept, "the newest ones, in order");
    }
}
