package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportServiceTest {

    private static final ExportSpec SMALL = ExportSpec.of(ExportFormat.PNG, View.UNCC, LocalDate.of(2025, 11, 1))
            .withSize(480, 270, 72);

    @TempDir
    Path dir;

    @Test
    void cancelledExportLeavesTheExistingFileAndNoTempFile() throws IOException {
        LoadResult data = BundledData.get();
        Path out = dir.resolve("map.png");
        Files.writeString(out, "previous export");
        ExportProgress cancelWhenWriting = new ExportProgress() {
            private boolean cancel;

            @Override
            public void stage(String name, double fraction) {
                cancel |= name.equals("writing");
            }

            @Override
            public boolean isCancelled() {
                return cancel;
            }
        };

        assertThrows(CancellationException.class,
                () -> new ExportService().export(SMALL, data.atlas(), data.shapes(), out, cancelWhenWriting));
        assertEquals("previous export", Files.readString(out));
        assertEquals(List.of(out), list(dir));
    }

    /** Cancel is noticed while the map is being painted, country by country, not only between stages. */
    @Test
    void cancellingDuringPaintingStopsThePainting() throws IOException {
        LoadResult data = BundledData.get();
        Path out = dir.resolve("big.png");
        int[] checksWhilePainting = new int[1];
        ExportProgress cancelAfterTenCountries = new ExportProgress() {
            private boolean painting;

            @Override
            public void stage(String name, double fraction) {
                painting = name.equals("painting");
            }

            @Override
            public boolean isCancelled() {
                if (painting) {
                    checksWhilePainting[0]++;
                }
                return checksWhilePainting[0] > 10;
            }
        };
        ExportSpec big = SMALL.withSize(4000, 2250, 96);
        assertThrows(CancellationException.class,
                () -> new ExportService().export(big, data.atlas(), data.shapes(), out, cancelAfterTenCountries));
        assertEquals(11, checksWhilePainting[0], "painting stopped at the first check after the cancel");
        assertEquals(List.of(), list(dir));
    }

    @Test
    void failingWriteLeavesNoTempFile() throws IOException {
        LoadResult data = BundledData.get();
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        assertThrows(IOException.class,
                () -> new ExportService().export(SMALL, data.atlas(), data.shapes(), target, null));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void projectedWorldIsCachedPerProjection() {
        LoadResult data = BundledData.get();
        ExportService service = new ExportService();
        assertSame(service.world(data.shapes(), ProjectionKind.ROBINSON), service.world(data.shapes(), ProjectionKind.ROBINSON));
        assertEquals(ProjectionKind.MOLLWEIDE, service.world(data.shapes(), ProjectionKind.MOLLWEIDE).projection().kind());
    }

    @Test
    void paperSizes() {
        assertEquals(3508, PaperSize.A4.widthPx(300));
        assertEquals(2480, PaperSize.A4.heightPx(300));
        assertEquals(4961, PaperSize.A3.widthPx(300));
        assertEquals(1920, PaperSize.SLIDE.widthPx(300));
        ExportSpec a4 = SMALL.withPaper(PaperSize.A4, 300);
        assertEquals(842, a4.widthPoints(), 0.5);
        assertEquals(595, a4.heightPoints(), 0.5);
        assertThrows(IllegalArgumentException.class, () -> SMALL.withSize(0, 100, 96));
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
