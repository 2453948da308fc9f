package org.chaord.atlas.ui.compare;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chaord.atlas.export.ChangesCsv;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.StateChange;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.render.ChangeClassStyle;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The "All changes" list of one comparison: every state or organisation whose class differs (the rows
 * {@code changes} prints), oldest change first, in the interface language; Copy gives them tab-separated, Export
 * CSV… writes exactly the command's rows ({@link ChangesCsv}) in the background. No controls here.
 */
public final class ChangeList {

    private final Atlas atlas;
    private final StatusChanges changes;
    private final List<ChangeRow> rows;
    private final UiThreads threads;
    private final Texts t;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ChangeList(Atlas atlas, StatusChanges changes, Texts texts, UiThreads threads) {
        this.atlas = atlas;
        this.changes = changes;
        this.threads = threads;
        this.t = texts.withTreaties(atlas.treaties());
        this.rows = changes.changes().stream().map(this::row)
                .sorted(Comparator.comparing(ChangeRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ChangeRow::country))
                .toList();
    }

    private ChangeRow row(StateChange c) {
        Country country = atlas.countries().get(c.iso3());
        return new ChangeRow(c.iso3(), c.date(), c.date() == null ? "" : t.date(c.date()),
                t.countryName(c.iso3(), country.name()), t.className(changes.view(), c.fromClass()),
                t.className(changes.view(), c.toClass()), c.change(), ChangeClassStyle.label(t, c.change()), c.source());
    }

    public StatusChanges changes() {
        return changes;
    }

    /** The rows, the earliest change first (undated moves last), then by name. */
    public List<ChangeRow> rows() {
        return rows;
    }

    /** How many rows of each change class the list holds, over those that act in their own right (as the legend). */
    public Map<ChangeClass, Integer> counts() {
        Map<ChangeClass, Integer> n = new EnumMap<>(ChangeClass.class);
        for (ChangeRow r : rows) {
            if (atlas.countries().get(r.iso3()).kind().actsInOwnRight()) {
                n.merge(r.change(), 1, Integer::sum);
            }
        }
        return n;
    }

    /** The list's heading: the view and both dates. */
    public String heading() {
        return t.get("changes.heading", t.viewName(changes.view()), t.date(changes.from()), t.date(changes.to()),
                rows.size());
    }

    /** What Copy puts on the clipboard: the command's rows, tab-separated with their header. */
    public String copyText() {
        return ChangesCsv.tabSeparated(ChangesCsv.rows(atlas, changes));
    }

    /** The file name Export CSV… proposes, as the command line names a change map. */
    public String defaultFileName() {
        return changes.view().name().toLowerCase(java.util.Locale.ROOT) + "-changes-since-" + changes.from() + "-"
                + changes.to() + ".csv";
    }

    /** How the last export ended ("" before one). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Writes the command's rows to {@code file} in the background (atomically: a failure leaves the file as it was). */
    public void exportCsv(Path file) {
        List<List<String>> csv = ChangesCsv.rows(atlas, changes);
        message.set(t.get("changes.saving", file.getFileName()));
        threads.background().execute(() -> {
            String done;
            try {
                done = t.get("changes.saved", ChangesCsv.write(csv, file));
            } catch (java.io.IOException | RuntimeException e) {
                done = t.get("changes.failed", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            String text = done;
            threads.fx().execute(() -> message.set(text));
        });
    }
}
