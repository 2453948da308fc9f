package org.chaord.atlas.ui.importer;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.depositary.ChangeKind;
import org.chaord.atlas.data.depositary.ImportChange;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import dialog's logic without a stage: read, diff, tick, preview, accept, and bad files. */
class ImportViewModelTest {

    private static final LocalDate STATUS_DAY = LocalDate.of(2026, 4, 16);
    private ImportData d;
    private Atlas atlas;
    private final AtomicInteger reloads = new AtomicInteger();
    private ImportViewModel vm;

    @BeforeEach
    void setUp(@TempDir Path root) throws IOException {
        d = new ImportData(root);
        atlas = AtlasLoader.load(d.data, null).atlas();
        vm = new ImportViewModel(UiThreads.direct(), () -> atlas, d.data, () -> TreatyId.ETS185, reloads::incrementAndGet,
                new Texts(Locale.ENGLISH));
    }

    private ImportChange change(ChangeKind kind, String iso3, EventType event) {
        return vm.changes().stream().filter(c -> c.change() == kind && c.iso3().equals(iso3) && c.event() == event)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + iso3 + " " + event + " in " + vm.changes()));
    }

    @Test
    void aFileIsReadAndDiffedAndEveryWrittenChangeStartsTicked() throws IOException {
        vm.open(d.file("XVIII-16.en.xml"));
        assertEquals("", vm.errorProperty().get());
        assertEquals(TreatyId.UNCC, vm.treatyProperty().get().id(), "the treaty is found from the file itself");
        assertEquals(STATUS_DAY, vm.statusProperty().get().statusAsOf());
        assertEquals(7, vm.tickedChanges().size(), "3 added and 4 dated or changed, as the command line finds");
        assertTrue(vm.ticked().stream().allMatch(c -> c.change().isWritten()));
        assertTrue(vm.changes().stream().anyMatch(c -> !c.change().isWritten()), "missing/unmatched rows are listed");
        assertTrue(vm.canAcceptProperty().get());
        assertEquals(StatusClass.RATIFIED, vm.previewProperty().get().history()
                .classOn("CZE", View.UNCC, STATUS_DAY), "the preview has Czechia's ratification");
    }

    @Test
    void untickingAChangeTakesItOutOfThePreviewAndOutOfTheFile() throws IOException {
        vm.open(d.file("XVIII-16.en.xml"));
        ImportChange czechia = change(ChangeKind.ADDED, "CZE", EventType.RATIFIED);
        vm.tick(czechia, false);
        assertEquals(StatusClass.SIGNED, vm.previewProperty().get().history().classOn("CZE", View.UNCC, STATUS_DAY));
        ImportChange missing = vm.changes().stream().filter(c -> !c.change().isWritten()).findFirst().orElseThrow();
        vm.tick(missing, true);
        assertFalse(vm.isTicked(missing), "information rows cannot be ticked");
        byte[] before = Files.readAllBytes(d.events());

        vm.accept();

        assertEquals("", vm.errorProperty().get());
        assertEquals(1, reloads.get(), "the data are read again");
        assertNotNull(vm.writtenProperty().get());
        assertEquals(2, vm.writtenProperty().get().added());
        assertEquals(4, vm.writtenProperty().get().rewritten());
        assertArrayEquals(before, Files.readAllBytes(vm.writtenProperty().get().backup()), "the backup is the old file");
        assertTrue(vm.messageProperty().get().contains(vm.writtenProperty().get().backup().toString()),
                "the confirmation names the backup: " + vm.messageProperty().get());
        Atlas after = AtlasLoader.load(d.data, null).atlas();
        assertEquals(StatusClass.SIGNED, after.history().classOn("CZE", View.UNCC, STATUS_DAY), "unticked: not written");
        assertEquals(StatusClass.RATIFIED, after.history().classOn("PSE", View.UNCC, STATUS_DAY), "ticked: written");
        assertFalse(vm.canAcceptProperty().get(), "accepted once");
    }

    @Test
    void theGivenAddressIsWhatNewRowsCite() throws IOException {
        vm.open(d.file("XVIII-16.en.xml"));
        vm.setSourceUrl("not a link");
        assertFalse(vm.urlErrorProperty().get().isEmpty());
        assertFalse(vm.canAcceptProperty().get(), "a bad address is not written into the data");
        String url = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml";
        vm.setSourceUrl(url);
        assertEquals("", vm.urlErrorProperty().get());
        vm.accept();
        Atlas after = AtlasLoader.load(d.data, null).atlas();
        assertEquals(url, after.history().statusOn("PSE", TreatyId.UNCC, STATUS_DAY).event().source());
    }

    @Test
    void aFileThatCannotBeReadWritesNothingAndSaysWhyInOneLine() throws IOException {
        byte[] before = Files.readAllBytes(d.events());
        for (String bad : List.of("XVIII-16-truncated.xml", "XVIII-16.pdf", "XVIII-12.en.xml")) {
            vm.open(d.file(bad));
            String error = vm.errorProperty().get();
            assertTrue(error.startsWith(bad + ":"), "names the file: " + error);
            assertFalse(error.contains("\n"), error);
            assertNull(vm.statusProperty().get());
            assertTrue(vm.changes().isEmpty());
            assertFalse(vm.canAcceptProperty().get());
            vm.accept();
        }
        assertArrayEquals(before, Files.readAllBytes(d.events()));
        try (Stream<Path> files = Files.list(d.data)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".bak")), "no backup: nothing written");
        }
        assertEquals(0, reloads.get());
    }

    @Test
    void aReadableFileAfterABadOneClearsTheError() throws IOException {
        vm.open(d.file("XVIII-16.pdf"));
        assertFalse(vm.errorProperty().get().isEmpty());
        vm.open(d.file("coe-185-chart.html"));
        assertEquals("", vm.errorProperty().get());
        assertEquals(TreatyId.ETS185, vm.treatyProperty().get().id());
    }
}
