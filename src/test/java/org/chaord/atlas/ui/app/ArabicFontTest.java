package org.chaord.atlas.ui.app;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import org.chaord.atlas.ui.internal.ScriptFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Arabic lines are shaped in one font that also holds Latin letters, digits and brackets: through "System" JavaFX
 * took the Arabic letters from a fallback font and left the brackets unmirrored (")نافذة (دولة طرف").
 */
class ArabicFontTest {

    private static final Locale ARABIC = new Locale("ar");
    private final FxRobot robot = new FxRobot();
    private AtlasApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    private Font legendLabelFont(String id) {
        return robot.lookup("#" + id).queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getFont()).findFirst().orElseThrow();
    }

    @Test
    void theArabicLegendAndPanelUseTheFamilyThatHoldsArabicAndBrackets() {
        assumeTrue(Font.getFamilies().contains("DejaVu Sans"), "needs DejaVu Sans (fonts-dejavu-core), as on Linux");
        robot.interact(() -> app.switchLanguage(ARABIC));
        WaitForAsyncUtils.waitForFxEvents();
        String family = ScriptFonts.forLanguage(ARABIC);
        assertEquals("DejaVu Sans", family);
        assertEquals(family, legendLabelFont("legend-PARTY").getFamily(), "the legend's 'دولة طرف (نافذة)'");
        assertEquals(family, robot.lookup(".legend-title").queryAs(Label.class).getFont().getFamily());
        assertEquals(family, ScriptFonts.forText("الخريطة: Natural Earth"), "map labels in Arabic, on the canvas");
        robot.interact(() -> app.switchLanguage(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(family, legendLabelFont("legend-PARTY").getFamily(), "English keeps the system font");
        assertEquals(ScriptFonts.SYSTEM, ScriptFonts.forText("Party (in force) 12"));
    }
}
