package org.chaord.atlas.bench;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.app.AtlasApp;

import java.util.Locale;

import static org.chaord.atlas.bench.BenchTools.onFx;

/**
 * Opens the real app on a real display (Xvfb) in a language, zoomed to a region with country names, a country
 * selected, then shoots the screen with ImageMagick's {@code import}. Usage: ScreenshotTour LANG REGION ISO3 OUT.png
 * (DISPLAY set; -Datlas.present=true for presentation mode; -Datlas.view=UNCC -Datlas.date=2026-08-01 pick view and day;
 * -Datlas.chart=true opens the chart pane).
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        AtlasApp[] app = {BenchTools.startShownApp()};
        Platform.runLater(() -> {
            AtlasApp a = app[0];
            a.switchLanguage(Locale.forLanguageTag(args[0]));
            AtlasViewModel vm = a.viewModel();
            vm.looks().setLabels(true);
            Stage stage = (Stage) a.window().getScene().getWindow();
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            if (Boolean.getBoolean("atlas.present")) {
                a.window().togglePresentation();
            }
        });
        Thread.sleep(1500);
        Platform.runLater(() -> {
            AtlasViewModel vm = app[0].viewModel();
            if (System.getProperty("atlas.view") != null) {
                vm.setView(org.chaord.atlas.model.View.parse(System.getProperty("atlas.view")));
            }
            if (System.getProperty("atlas.date") != null) {
                vm.setDate(java.time.LocalDate.parse(System.getProperty("atlas.date")));
            }
            if (Boolean.getBoolean("atlas.chart")) {
                vm.chart().toggleShown();
            }
            if (args[1].contains(",")) { // west,south,east,north in degrees: Benelux is 2,49,7.5,54
                vm.extent().fit(box(vm, args[1]));
            } else if (!"world".equals(args[1])) {
                vm.showRegion(RegionPreset.fromId(args[1]));
            }
            if (!"-".equals(args[2])) {
                vm.select(args[2]);
            }
        });
        Thread.sleep(1500);
        // zoomed in, 1:10m loads in the background (DetailOnDemand): shoot once it is drawn
        for (int i = 0; i < 200 && !"world".equals(args[1]) && onFx(() -> app[0].viewModel().worlds().detail()) == null; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        Stage stage = onFx(() -> (Stage) app[0].window().getScene().getWindow());
        System.out.println("window " + onFx(stage::getX) + "," + onFx(stage::getY) + " " + onFx(stage::getWidth)
                + "x" + onFx(stage::getHeight));
        new ProcessBuilder("import", "-display", System.getenv("DISPLAY"), "-window", "root", args[3])
                .inheritIO().start().waitFor();
        Platform.exit();
        System.exit(0);
    }

    /** The projected bounds of a west,south,east,north box in degrees. */
    private static org.locationtech.jts.geom.Envelope box(AtlasViewModel vm, String degrees) {
        String[] d = degrees.split(",");
        double west = Double.parseDouble(d[0]);
        double south = Double.parseDouble(d[1]);
        double east = Double.parseDouble(d[2]);
        double north = Double.parseDouble(d[3]);
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        double[] out = new double[2];
        for (int i = 0; i <= 10; i++) {
            double f = i / 10.0;
            for (double[] p : new double[][] {{west + f * (east - west), south}, {west + f * (east - west), north},
                    {west, south + f * (north - south)}, {east, south + f * (north - south)}}) {
                vm.world().projection().project(p[0], p[1], out);
                e.expandToInclude(out[0], out[1]);
            }
        }
        return e;
    }
}
