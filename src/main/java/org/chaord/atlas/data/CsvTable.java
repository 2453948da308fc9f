package org.chaord.atlas.data;

import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read with OpenCSV (UTF-8, BOM tolerated, RFC 4180 quoting), rows keyed by the header. Malformed files
 * yield a {@link LoadProblem} with the line where reading stopped instead of an exception.
 */
public record CsvTable(String file, List<String> header, List<CsvRow> rows, List<LoadProblem> problems) {

    public static CsvTable read(Path path, List<String> requiredColumns) {
        String file = path.getFileName().toString();
        List<LoadProblem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = List.of();
        try (Reader in = bomSkipping(Files.newBufferedReader(path, StandardCharsets.UTF_8));
             CSVReader csv = new CSVReaderBuilder(in)
                     .withCSVParser(new RFC4180ParserBuilder().build())
                     .withKeepCarriageReturn(false).build()) {
            String[] head = csv.readNext();
            if (head == null) {
                problems.add(new LoadProblem(file, 1, 0, "the file is empty: a header row is required"));
                return new CsvTable(file, header, rows, problems);
            }
            header = List.of(trimAll(head));
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
            }
            for (String required : requiredColumns) {
                if (!columns.containsKey(required)) {
                    problems.add(new LoadProblem(file, 1, 0, "missing required column '" + required + "'"));
                }
            }
            long linesBefore = csv.getLinesRead();
            String[] values;
            while ((values = csv.readNext()) != null) {
                long line = linesBefore + 1;
                linesBefore = csv.getLinesRead();
                if (values.length == 1 && values[0].isBlank()) {
                    continue;
                }
                rows.add(new CsvRow(file, line, columns, values));
            }
        } catch (CsvException e) {
            problems.add(new LoadProblem(file, e.getLineNumber(), 0, "malformed CSV: " + e.getMessage()));
        } catch (CsvMalformedLineException e) {
            problems.add(new LoadProblem(file, e.getLineNumber(), 0, "malformed CSV (unclosed quote?): " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new LoadProblem(file, 0, 0, readError(e, path)));
        }
        return new CsvTable(file, header, rows, problems);
    }

    private static String readError(IOException e, Path path) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "file not found: " + path.toAbsolutePath()
                : "cannot read the file: " + msg;
    }

    private static String[] trimAll(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? "" : values[i].trim();
        }
        return out;
    }

    private static Reader bomSkipping(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
