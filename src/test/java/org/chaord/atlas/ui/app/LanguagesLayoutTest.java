package org.chaord.atlas.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every language in a 1280 px window: the header keeps all its controls in view, no word of the header or the
 * timeline is cut short, the date field shows its whole date, the old-data notice's buttons keep their words. Seen in
 * screenshots: the export button went behind the header's overflow arrow in Russian, the Chinese date lost its last
 * character, the French notice's buttons were cut short, and then the Chinese timeline's buttons.
 */
class LanguagesLayoutTest extends RunningAppTest {

    private static final String[] LANGUAGES = {"en", "fr", "es", "ru", "zh", "ar"};
    /**
     * A window narrower than the header needs in Russian, where the timeline's row wants more than it has in every
     * language (its track prefers ~400 px for its year labels): the timeline alone is checked there.
     */
    private static final double NARROW = 900;

    @Test
    void inEveryLanguageTheHeaderTheDateAndTheNoticeFitA1280PxWindow() throws Exception {
        boolean oldData = vm.today().isAfter(vm.atlas().dataAsOf().plusDays(60)); // the notice shows only then
        for (String language : LANGUAGES) {
            robot.interact(() -> app.switchLanguage(Locale.forLanguageTag(language)));
            robot.interact(() -> stage().setWidth(1280));
            RunningApp.nextFrames();

            Node overflow = app.window().lookup(".tool-bar-overflow-button");
            assertFalse(overflow != null && overflow.isVisible(), language + ": the header sends controls to its overflow");
            Bounds export = sceneBounds(robot.lookup("#export").query());
            assertTrue(export.getMaxX() <= app.window().getScene().getWidth() + 0.5, language + ": export at " + export);

            DatePicker date = robot.lookup("#date-field").queryAs(DatePicker.class);
            Text shown = (Text) date.getEditor().lookup(".text");
            double room = date.getEditor().getWidth() - date.getEditor().getPadding().getLeft()
                    - date.getEditor().getPadding().getRight();
            assertEquals(date.getConverter().toString(date.getValue()), shown.getText(), language);
            assertTrue(shown.getLayoutBounds().getWidth() <= room + 0.5,
                    language + ": the date needs " + shown.getLayoutBounds().getWidth() + " px, the field has " + room);

            assertNoWordCut("#header", language);
            assertNoWordCut("#timeline", language);

            if (oldData) {
                for (String id : new String[] {"#stale-import", "#stale-dismiss"}) {
                    Labeled button = robot.lookup(id).queryAs(Labeled.class);
                    assertEquals(button.getText(), ((Text) button.lookup(".text")).getText(), language + " " + id);
                }
            }

            // narrower still, the timeline's track gives up its room before any button its words
            robot.interact(() -> stage().setWidth(NARROW));
            RunningApp.nextFrames();
            assertNoWordCut("#timeline", language + " at " + NARROW + " px");
        }
        robot.interact(() -> app.switchLanguage(Locale.ENGLISH));
    }

    private void assertNoWordCut(String bar, String where) {
        List<Labeled> checked = new ArrayList<>();
        collectLabeled(app.window().lookup(bar), checked);
        assertFalse(checked.isEmpty(), bar + " has words");
        for (Labeled l : checked) {
            if (l.lookup(".text") instanceof Text t) {
                assertEquals(l.getText(), t.getText(), where + ": " + bar + " " + l + " is cut short");
            }
        }
    }

    /** The shown controls with words in them: buttons, boxes' cells, check boxes, labels. */
    private static void collectLabeled(Node n, List<Labeled> into) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            into.add(l);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectLabeled(child, into);
            }
        }
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
