package org.chaord.atlas.ui.app;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.ui.map.MapCanvas;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What is on screen after timeline steps, which repaint only the countries that changed: every country shows the
 * colour of its class on the new day, also once the brief change highlight has gone.
 */
class MapPixelsTest extends RunningAppTest {

    private int pixelAt(String iso3) {
        MapCanvas map = app.window().map();
        double[] p = map.screenPointOf(iso3);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(new SnapshotParameters(), null));
        Color c = shot[0].getPixelReader().getColor((int) Math.round(p[0]), (int) Math.round(p[1]));
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private int expected(String iso3) {
        StatusClass cls = vm.atlas().history().classOn(iso3, vm.view(), vm.date());
        return Palette.DEFAULT.fill(cls) & 0xFFFFFF;
    }

    @Test
    void steppingThroughTimeLeavesEveryCountryInItsNewColour() throws Exception {
        robot.interact(() -> {
            vm.setView(View.ETS185);
            vm.setDate(LocalDate.of(2004, 6, 30)); // the day before the Budapest Convention entered into force
        });
        RunningApp.nextFrames();
        // France and Brazil: Brazil is far from any change in 2004, France ratified only in 2006.
        assertEquals(Integer.toHexString(expected("FRA")), Integer.toHexString(pixelAt("FRA")));
        robot.interact(() -> vm.setDate(LocalDate.of(2006, 6, 30)));
        RunningApp.nextFrames();
        robot.interact(() -> vm.setDate(LocalDate.of(2023, 3, 1)));
        RunningApp.nextFrames();
        RunningApp.waitUntil(() -> !app.window().map().isFlashing()); // the change highlight fades after 0.9 s
        robot.interact(() -> { });
        for (String iso3 : new String[] {"FRA", "BRA", "USA", "AUS", "RUS", "IND"}) {
            assertEquals(Integer.toHexString(expected(iso3)), Integer.toHexString(pixelAt(iso3)), iso3);
        }
    }
}
