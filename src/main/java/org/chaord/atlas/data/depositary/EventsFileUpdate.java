package org.chaord.atlas.data.depositary;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the accepted changes of an import into events.csv: rows are added, dated or changed; every other row is kept
 * byte for byte, in its place (the file is not re-serialised). The new file replaces the old one by an atomic move
 * after a backup copy is made beside it ({@code events.csv.<yyyyMMdd-HHmmss>.bak}); on any failure the data stay as
 * they were. New and changed rows cite {@code source}; their note says which file they came from and what they were.
 */
public final class EventsFileUpdate {

    /** What was written: the new file, its backup, and how many rows were added and rewritten. */
    public record Result(Path events, Path backup, int added, int rewritten) {
    }

    /** One CSV record with its original text (all its physical lines, line ends included). */
    private static final class Record {
        String text;
        String[] values;

        Record(String text, String[] values) {
            this.text = text;
            this.values = values;
        }
    }

    private final List<Record> records = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final String newline;

    private EventsFileUpdate(String content) throws IOException {
        newline = content.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = physicalLines(content);
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(content))
                .withCSVParser(new RFC4180ParserBuilder().build()).withKeepCarriageReturn(false).build()) {
            long before = 0;
            String[] values;
            while ((values = csv.readNext()) != null) {
                long after = csv.getLinesRead();
                records.add(new Record(String.join("", lines.subList((int) before, (int) Math.min(after, lines.size()))), values));
                before = after;
            }
        } catch (CsvException e) {
            throw new IOException("events.csv:" + e.getLineNumber() + ": malformed CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new IOException("events.csv is empty");
        }
        String[] header = records.get(0).values;
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(header[i].strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("iso3", "treaty", "event", "date", "known_by", "source", "note")) {
            if (!columns.containsKey(required)) {
                throw new IOException("events.csv has no column '" + required + "'");
            }
        }
    }

    /**
     * Applies the written kinds of {@code changes} (added, dated, changed) to {@code events}; {@code source} is what
     * new and changed rows cite, {@code fileLabel} the status file and its as-of date for their notes.
     */
    public static Result apply(Path events, List<ImportChange> changes, String source, String fileLabel)
            throws IOException {
        byte[] original = Files.readAllBytes(events);
        String content = new String(original, StandardCharsets.UTF_8);
        boolean bom = content.startsWith("\uFEFF");
        EventsFileUpdate update = new EventsFileUpdate(bom ? content.substring(1) : content);
        int added = 0, rewritten = 0;
        for (ImportChange change : changes) {
            if (change.change() == ChangeKind.ADDED) {
                update.add(change, source, fileLabel);
                added++;
            } else if (change.change().isWritten()) {
                update.rewrite(change, source, fileLabel);
                rewritten++;
            }
        }
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        for (int i = 0; i < update.records.size(); i++) {
            String text = update.records.get(i).text;
            boolean more = i + 1 < update.records.size();
            out.append(text).append(more && !text.endsWith("\n") ? update.newline : "");
        }
        Path dir = events.toAbsolutePath().getParent();
        Path backup = dir.resolve(events.getFileName() + "."
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".bak");
        for (int i = 2; Files.exists(backup); i++) {
            backup = dir.resolve(backup.getFileName().toString().replaceFirst("(-\\d+)?\\.bak$", "-" + i + ".bak"));
        }
        Path temp = Files.createTempFile(dir, "." + events.getFileName(), ".tmp");
        try {
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.write(backup, original);
            try {
                Files.move(temp, events, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, events, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Result(events, backup, added, rewritten);
    }

    private void add(ImportChange change, String source, String fileLabel) throws IOException {
        if (find(change.iso3(), change.treaty().name(), change.event().csvName()) >= 0) {
            throw new IOException("events.csv already has " + key(change.iso3(), change.treaty().name(),
                    change.event().csvName()) + " (changed since the diff?); nothing was written");
        }
        String[] values = new String[records.get(0).values.length];
        java.util.Arrays.fill(values, "");
        set(values, "iso3", change.iso3());
        set(values, "treaty", change.treaty().name());
        set(values, "event", change.event().csvName());
        set(values, "date", change.date().toString());
        set(values, "source", source);
        set(values, "note", "added by import of " + fileLabel);
        records.add(insertionPoint(change), new Record(serialise(values), values));
    }

    private void rewrite(ImportChange change, String source, String fileLabel) throws IOException {
        var previous = change.previous();
        int at = find(change.iso3(), change.treaty().name(), previous.type().csvName());
        if (at < 0) {
            throw new IOException("events.csv has no row " + key(change.iso3(), change.treaty().name(),
                    previous.type().csvName()) + " any more (changed since the diff?); nothing was written");
        }
        String[] values = java.util.Arrays.copyOf(records.get(at).values,
                Math.max(records.get(at).values.length, records.get(0).values.length));
        java.util.Arrays.setAll(values, i -> values[i] == null ? "" : values[i]);
        String was = previous.date() != null ? previous.date().toString()
                : "undated, known by " + previous.knownBy()
                + (previous.notBefore() != null ? ", not before " + previous.notBefore() : "");
        String kind = previous.type() != change.event() ? previous.type().csvName() + ", " : "";
        set(values, "event", change.event().csvName());
        set(values, "date", change.date().toString());
        set(values, "known_by", "");
        set(values, "not_before", "");
        set(values, "source", source);
        set(values, "note", change.change().csvName() + " by import of " + fileLabel + "; was " + kind + was
                + " (" + previous.source() + ")");
        records.set(at, new Record(serialise(values), values));
    }

    /** After the rows of the same treaty and state (events.csv is grouped by treaty, then ISO3); else at the end. */
    private int insertionPoint(ImportChange change) {
        int lastOfTreaty = -1;
        for (int i = 1; i < records.size(); i++) {
            if (get(records.get(i).values, "treaty").equals(change.treaty().name())) {
                lastOfTreaty = i;
                if (get(records.get(i).values, "iso3").compareTo(change.iso3()) > 0) {
                    return i;
                }
            }
        }
        return lastOfTreaty >= 0 ? lastOfTreaty + 1 : records.size();
    }

    private int find(String iso3, String treaty, String event) {
        for (int i = 1; i < records.size(); i++) {
            String[] v = records.get(i).values;
            // the reader accepts any case in these three columns, so the writer finds them in any case too
            if (get(v, "iso3").equalsIgnoreCase(iso3) && get(v, "treaty").equalsIgnoreCase(treaty)
                    && get(v, "event").equalsIgnoreCase(event)) {
                return i;
            }
        }
        return -1;
    }

    private String get(String[] values, String column) {
        Integer i = columns.get(column);
        return i == null || i >= values.length ? "" : values[i].strip();
    }

    private void set(String[] values, String column, String value) {
        Integer i = columns.get(column);
        if (i != null && i < values.length) {
            values[i] = value;
        }
    }

    private String serialise(String[] values) {
        StringWriter w = new StringWriter();
        try (ICSVWriter csv = new CSVWriter(w, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, newline)) {
            csv.writeNext(values, false);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static String key(String iso3, String treaty, String event) {
        return iso3 + "/" + treaty + "/" + event;
    }

    /** The file's lines with their line ends; a last line without one stays without. */
    private static List<String> physicalLines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                lines.add(content.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < content.length()) {
            lines.add(content.substring(start));
        }
        return lines;
    }
}
