package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Europe figure is drawn from 1:10m: Luxembourg's real outline, not 1:50m's corners. */
class RegionDetailExportTest {

    @TempDir
    Path dir;

    private static int vertices(Path svg, String iso3) throws IOException {
        Matcher m = Pattern.compile("id=\"" + iso3 + "\"[^>]*>\\s*<path[^>]* d=\"([^\"]*)\"").matcher(Files.readString(svg));
        assertTrue(m.find(), iso3 + " not in " + svg);
        return m.group(1).split("[LM]").length;
    }

    private void export(Path out, String... extra) {
        StringWriter err = new StringWriter();
        String[] args = new String[7 + extra.length];
        System.arraycopy(extra, 0, args, 0, extra.length);
        System.arraycopy(new String[] {"export", "--region", "europe", "--date", "2025-11-01", "--out", out.toString()},
                0, args, extra.length, 7);
        PrintWriter errors = new PrintWriter(err, true);
        StringWriter printed = new StringWriter();
        int code = AtlasCli.run(new PrintWriter(printed, true), errors, args);
        errors.flush();
        assertEquals(0, code, String.join(" ", args) + ": " + err + printed);
    }

    @Test
    void aEuropeExportUsesTheDetailedMapUnlessAnotherMapIsNamed() throws IOException {
        Path detailed = dir.resolve("detailed.svg");
        Path coarse = dir.resolve("coarse.svg");
        export(detailed);
        export(coarse, "--map", "maps/countries-50m.geojson");
        assertTrue(vertices(detailed, "LUX") > 1.5 * vertices(coarse, "LUX"),
                vertices(detailed, "LUX") + " vs " + vertices(coarse, "LUX"));
    }
}
