package org.chaord.atlas.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import java.util.concurrent.CountDownLatch;

/**
 * The floor the atlas's start-up is measured against: a bare JavaFX window of the atlas's size with one canvas
 * filled in one colour. Prints {@code bare_window.first_frame} (ms after JVM start, taken when the canvas is
 * filled, as the atlas's first shaded frame is) and {@code bare_window.rss} (after the same settling time the atlas
 * gets). Run by {@code bench/run.sh} in the same run as {@link AtlasBenchmark}, with the same JVM options.
 */
public final class BareWindowBenchmark {

    private BareWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = BenchTools.processStartMillis();
        CountDownLatch painted = new CountDownLatch(1);
        long[] firstFrame = new long[1];
        RenderedFrames[] rendered = new RenderedFrames[1];
        long[] toolkitReady = new long[1];
        Platform.startup(() -> {
            toolkitReady[0] = System.currentTimeMillis();
            rendered[0] = RenderedFrames.watch();
            Canvas canvas = new Canvas(1280, 800);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), 1280, 800));
            stage.setOnShown(e -> {
                canvas.getGraphicsContext2D().setFill(Color.web("#dbe9f6"));
                canvas.getGraphicsContext2D().fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
                firstFrame[0] = System.currentTimeMillis();
                painted.countDown();
            });
            stage.show();
        });
        painted.await();
        print("bare_window.toolkit_ready", toolkitReady[0] - jvmStart, "ms");
        print("bare_window.first_frame", firstFrame[0] - jvmStart, "ms");
        print("bare_window.cpu_by_first_frame", BenchTools.cpuMillis(), "ms");
        print("bare_window.first_frame_rendered", rendered[0].firstAtOrAfter(firstFrame[0]) - jvmStart, "ms");
        Thread.sleep(Long.getLong("bench.settle_ms", 2000));
        print("bare_window.rss", BenchTools.rssMegabytes(), "MB");
        BenchTools.holdForInspection();
        Platform.exit();
        System.exit(0);
    }

    private static void print(String name, double value, String unit) {
        System.out.printf("%s %.3f %s%n", name, value, unit);
    }
}
