package org.chaord.atlas.ui.importer;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.depositary.DepositaryFiles;
import org.chaord.atlas.data.depositary.DepositaryFormatException;
import org.chaord.atlas.data.depositary.DepositaryStatus;
import org.chaord.atlas.data.depositary.EventsFileUpdate;
import org.chaord.atlas.data.depositary.ImportChange;
import org.chaord.atlas.data.depositary.ParticipantAliases;
import org.chaord.atlas.data.depositary.StatusDiff;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The import dialog's file work, run on the background executor: reading and diffing a status file, writing the
 * ticked changes. Failures come out as {@link CompletionException}s whose cause says what went wrong.
 */
final class ImportFiles {

    /** What a read found: the treaty, the file as read, the diff, and warnings about the alias table. */
    record Read(Treaty treaty, DepositaryStatus status, List<ImportChange> changes, List<String> warnings) {
    }

    private ImportFiles() {
    }

    /** The file's treaty (found from the file, else the error of the preferred treaty), then the diff. */
    static Read read(Path path, Atlas current, Path dataDir, Supplier<TreatyId> preferred) {
        try {
            var found = DepositaryFiles.readAny(path, current.treaties().values());
            Treaty t;
            DepositaryStatus read;
            if (found.isPresent()) {
                t = found.get().treaty();
                read = found.get().status();
            } else {
                TreatyId id = preferred == null ? null : preferred.get();
                t = id != null && current.treaties().containsKey(id) ? current.treaties().get(id)
                        : current.treaties().values().iterator().next();
                read = DepositaryFiles.read(path, t); // throws the message that says why it is not this treaty's
            }
            List<LoadProblem> problems = new ArrayList<>();
            ParticipantAliases aliases = ParticipantAliases.load(dataDir, current.countries(), problems);
            List<ImportChange> diff = StatusDiff.compute(read, t.id(), aliases, current.countries(), current.history());
            return new Read(t, read, diff, problems.stream().map(LoadProblem::toString).toList());
        } catch (DepositaryFormatException e) {
            throw new CompletionException(e);
        }
    }

    static EventsFileUpdate.Result write(Path events, List<ImportChange> chosen, String source, String label) {
        try {
            return EventsFileUpdate.apply(events, chosen, source, label);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The failure's own message, one line (a format error already names the file and the line or element). */
    static String oneLine(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        String text = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return text.lines().findFirst().orElse(text);
    }
}
