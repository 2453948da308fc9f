package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports draw the hatching and the notes the screen shows: the files and the screen paint the same scene. */
class UncertainExportTest {

    private static final Pattern UNCERTAIN = Pattern.compile("<g id=\"uncertain\">(?:<g[^>]*>)?\\s*<path[^>]*d=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private String svg(View view, LocalDate day) throws Exception {
        LoadResult data = BundledData.get();
        Path out = dir.resolve(view + "-" + day + ".svg");
        new ExportService().export(ExportSpec.of(ExportFormat.SVG, view, day), data.atlas(), data.shapes(), out, null);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void anUncertainDayIsHatchedAndExplainedInTheFile() throws Exception {
        String svg = svg(View.ETS189, LocalDate.of(2005, 1, 1)); // Slovenia, Serbia, Sweden… between bounds
        Matcher m = UNCERTAIN.matcher(svg);
        assertTrue(m.find(), "a group of hatching lines");
        assertTrue(m.group(1).split("M").length > 20, "dozens of line segments, not an empty path");
        assertTrue(svg.contains(" uncertain (an undated event may or may not have happened yet)"), "the legend says so");
    }

    @Test
    void aCertainDayHasNoHatchingAndPastTheAsOfDateTheFileSaysSo() throws Exception {
        LoadResult data = BundledData.get();
        String svg = svg(View.UNCC, data.atlas().dataAsOf().plusDays(10));
        assertFalse(svg.contains("id=\"uncertain\""), "nothing uncertain: no hatching group");
        assertTrue(svg.contains("later events are not in the data"), "the figure says the data stop at the as-of date");
    }
}
