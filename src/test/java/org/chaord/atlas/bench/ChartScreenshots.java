package org.chaord.atlas.bench;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusStory;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.SparklineFrame;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.app.AtlasApp;
import org.chaord.atlas.ui.chart.ChartDock;

import java.time.LocalDate;
import java.util.Locale;

import static org.chaord.atlas.bench.BenchTools.onFx;

/**
 * The chart pane and the panel's sparklines on a real display (Xvfb): the app in a language, a view, a day and a
 * country, the chart shown; the pointer is moved (xdotool) over the chart at HOVER_DAY, shot, then over the first
 * event mark of the country's first sparkline, shot. Usage: ChartScreenshots LANG VIEW DAY ISO3 HOVER_DAY OUT_PREFIX.
 */
public final class ChartScreenshots {

    private ChartScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        AtlasApp[] app = {BenchTools.startShownApp()};
        View view = View.parse(args[1]);
        LocalDate day = LocalDate.parse(args[2]);
        Platform.runLater(() -> {
            AtlasApp a = app[0];
            a.switchLanguage(Locale.forLanguageTag(args[0]));
            Stage stage = (Stage) a.window().getScene().getWindow();
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            AtlasViewModel vm = a.viewModel();
            vm.setView(view);
            vm.setDate(day);
            vm.select(args[3]);
            vm.chart().setShown(true);
        });
        Thread.sleep(2500);
        ChartDock dock = onFx(() -> (ChartDock) app[0].window().lookup("#chart-dock"));
        double[] chartPoint = onFx(() -> {
            var pane = dock.pane();
            var p = pane.canvas().localToScreen(pane.xOf(LocalDate.parse(args[4])), pane.canvas().getHeight() * 0.55);
            return new double[] {p.getX(), p.getY()};
        });
        move(chartPoint);
        shoot(args[5] + "-chart.png");
        double[] markPoint = onFx(() -> {
            AtlasViewModel vm = app[0].viewModel();
            TreatyId treaty = view.treaty() != null ? view.treaty() : TreatyId.UNCC;
            Node canvas = app[0].window().lookup("#sparkline-canvas-" + treaty.id());
            StatusStory story = StatusStory.of(vm.atlas(), args[3], treaty, AtlasViewModel.TIMELINE_START, vm.today());
            StatusEvent first = story.events().get(story.events().size() - 1);
            double w = canvas.getLayoutBounds().getWidth();
            double x = SparklineFrame.of(story, w, 34).x(first.effectiveDate());
            var p = canvas.localToScreen(x, 8);
            return new double[] {p.getX(), p.getY()};
        });
        move(markPoint);
        shoot(args[5] + "-sparkline.png");
        Platform.exit();
        System.exit(0);
    }

    private static void move(double[] p) throws Exception {
        new ProcessBuilder("xdotool", "mousemove", Long.toString(Math.round(p[0])), Long.toString(Math.round(p[1])))
                .inheritIO().start().waitFor();
        Thread.sleep(300);
        new ProcessBuilder("xdotool", "mousemove_relative", "--", "1", "0").inheritIO().start().waitFor();
        Thread.sleep(900);
    }

    private static void shoot(String out) throws Exception {
        new ProcessBuilder("import", "-display", System.getenv("DISPLAY"), "-window", "root", out)
                .inheritIO().start().waitFor();
    }
}
