package org.chaord.atlas.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Map or table: the pane shown last is the one the next start brings (after the map's first frame). */
class RememberedTableTest {

    private final Preferences node = Preferences.userRoot().node("org/chaord/atlas/test-" + UUID.randomUUID());

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theTableShownLastIsShownAgain() {
        assertFalse(new UserPreferences(node).tableShown(), "the map by default");
        new UserPreferences(node).rememberTableShown(true);
        assertTrue(new UserPreferences(node).tableShown());
        new UserPreferences(node).rememberTableShown(false);
        assertFalse(new UserPreferences(node).tableShown());
    }

    @Test
    void withoutPreferencesNothingIsRemembered() {
        UserPreferences none = new UserPreferences(null);
        none.rememberTableShown(true);
        assertFalse(none.tableShown());
    }
}
