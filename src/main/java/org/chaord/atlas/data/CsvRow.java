package org.chaord.atlas.data;

import java.util.Map;

/** One data row of a CSV file with the line it starts on; fields are looked up by header name. */
public record CsvRow(String file, long line, Map<String, Integer> columns, String[] values) {

    /** The trimmed field, or "" when the column is absent or the row is short. */
    public String get(String column) {
        Integer index = columns.get(column);
        return index == null || index >= values.length || values[index] == null ? "" : values[index].trim();
    }

    /** 1-based column number of a header name, for problem reports. */
    public int columnNumber(String column) {
        Integer index = columns.get(column);
        return index == null ? 0 : index + 1;
    }

    public LoadProblem problem(String column, String message) {
        return new LoadProblem(file, line, columnNumber(column), message);
    }
}
