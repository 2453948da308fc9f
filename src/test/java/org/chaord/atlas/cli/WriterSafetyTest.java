package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproductions 12–16, 19 and 20: what the command line writes is checked, safe and honest. */
class WriterSafetyTest {

    private static final Path DATA = Path.of("data");
    private static final Path MAP = Path.of("maps", "countries-50m.geojson");

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    /** A copy of the bundled data folder with one file's text changed. */
    private Path dataWith(String file, java.util.function.UnaryOperator<String> change) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (var files = Files.list(DATA)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path target = data.resolve(file);
        Files.writeString(target, change.apply(Files.readString(target, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return data;
    }

    private static Document xml(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void aStdoutThatFailsIsExitOneWithAMessage() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter e = new StringWriter();
        int code = AtlasCli.run(new PrintWriter(full), new PrintWriter(e), "status", "--date", "2026-01-01");
        assertEquals(1, code);
        assertTrue(e.toString().contains("cannot write to standard output"), e.toString());
    }

    @Test
    void statusRedirectedToDevFullExitsOne() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "needs /dev/full (Linux)");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "org.chaord.atlas.Main",
                "status", "--date", "2026-01-01")
                .redirectOutput(devFull.toFile()).redirectErrorStream(false).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), stderr);
        assertTrue(stderr.contains("cannot write to standard output"), stderr);
    }

    @Test
    void anOutThatIsAFifoOrALinkToADeviceIsRefusedAndLeftAlone() throws Exception {
        Path fifo = dir.resolve("pipe.svg");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(1, cli.run("export", "--date", "2026-01-01", "--out", fifo.toString()));
        assertTrue(cli.err().contains("not a regular file"), cli.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still a FIFO");
        Path link = Files.createSymbolicLink(dir.resolve("null.csv"), Path.of("/dev/null"));
        assertEquals(1, cli.run("status", "--date", "2026-01-01", "--out", link.toString()));
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced");
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }

    @Test
    void aFormulaInANameIsNeutralisedInTheStatusCsv() throws IOException {
        Path data = dataWith("countries.csv", s -> s.replace(",France,", ",=cmd|' /C calc'!A0,"));
        assertEquals(0, cli.run("--data", data.toString(), "status", "--date", "2026-01-01"), cli.err());
        String fra = cli.out().lines().filter(l -> l.startsWith("FRA,")).findFirst().orElseThrow();
        assertTrue(fra.startsWith("FRA,'=cmd|' /C calc'!A0,"), fra);
        assertTrue(cli.out().lines().noneMatch(l -> l.contains(",=")), "no cell starts a formula");
    }

    @Test
    void aControlCharacterInTheTitleGivesAWellFormedSvg() throws Exception {
        Path svg = dir.resolve("t.svg");
        assertEquals(0, cli.run("export", "--date", "2026-01-01", "--title", "Parties\u0001 now", "--width", "800",
                "--height", "450", "--out", svg.toString()), cli.err());
        Document doc = xml(svg);
        assertTrue(doc.getDocumentElement().getTextContent().contains("Parties now"));
    }

    @Test
    void aLaterExportSweepsStaleTemporaryFilesOfItsPathOnly() throws IOException {
        Path svg = dir.resolve("m.svg");
        Path stale = Files.writeString(dir.resolve(".m.svg.1f2e3d4c.tmp"), "half a file");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 5 * 60_000));
        Path fresh = Files.writeString(dir.resolve(".m.svg.99aa.tmp"), "another export, now");
        Path other = Files.writeString(dir.resolve(".n.svg.1f2e3d4c.tmp"), "another path's");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - 5 * 60_000));
        assertEquals(0, cli.run("export", "--date", "2026-01-01", "--width", "400", "--height", "225", "--out", svg.toString()), cli.err());
        assertFalse(Files.exists(stale), "the stale temporary file is swept");
        assertTrue(Files.exists(fresh), "a recent one may be a running export's");
        assertTrue(Files.exists(other), "another path's is not ours to sweep");
    }

    @Test
    void aHostileIso3InTheMapIsEscapedInTheSvg() throws Exception {
        String hostile = "\"><script>alert(1)</script>";
        String map = Files.readString(MAP, StandardCharsets.UTF_8).replace("\"iso3\":\"ABW\"",
                "\"iso3\":\"" + hostile.replace("\"", "\\\"") + "\"");
        Path hostileMap = Files.writeString(dir.resolve("hostile.geojson"), map, StandardCharsets.UTF_8);
        Path svg = dir.resolve("h.svg");
        assertEquals(0, cli.run("--map", hostileMap.toString(), "export", "--date", "2026-01-01", "--width", "800",
                "--height", "450", "--out", svg.toString()), cli.err());
        Document doc = xml(svg);
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script element");
        NodeList all = doc.getElementsByTagName("*");
        boolean found = false;
        for (int i = 0; i < all.getLength(); i++) {
            found |= hostile.equals(((Element) all.item(i)).getAttribute("id"));
        }
        assertTrue(found, "the id is kept, as text");
    }

    @Test
    void aTruncatedMapMakesExportFail() throws IOException {
        byte[] bytes = Files.readAllBytes(MAP);
        Path cut = Files.write(dir.resolve("cut.geojson"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path png = dir.resolve("x.png");
        assertEquals(1, cli.run("--map", cut.toString(), "export", "--date", "2026-01-01", "--out", png.toString()));
        assertTrue(cli.err().contains("only part of a broken map") && cli.err().contains("cut.geojson:"), cli.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void anEmptyDataFolderMakesExportFail() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path png = dir.resolve("y.png");
        assertEquals(1, cli.run("--data", empty.toString(), "export", "--date", "2026-01-01", "--out", png.toString()));
        assertTrue(cli.err().contains("no treaties"), cli.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void anEmptyPolygonForAStateIsReportedAndTheExportStillWorks() throws IOException {
        List<String> lines = Files.readAllLines(MAP, StandardCharsets.UTF_8);
        String fra = lines.stream().filter(l -> l.contains("\"iso3\":\"FRA\"")).findFirst().orElseThrow();
        int start = fra.indexOf("\"geometry\":") + 11;
        String broken = fra.substring(0, start) + "{\"type\":\"Polygon\",\"coordinates\":[]}"
                + fra.substring(fra.indexOf(",\"properties\""));
        Path map = Files.writeString(dir.resolve("m.geojson"), String.join("\n", lines).replace(fra, broken));
        Path svg = dir.resolve("e.svg");
        assertEquals(0, cli.run("--map", map.toString(), "export", "--date", "2026-01-01", "--width", "800", "--height",
                "450", "--out", svg.toString()), cli.err());
        assertTrue(cli.err().contains("(FRA) has an empty geometry"), cli.err());
        assertTrue(Files.size(svg) > 0);
    }
}
