package org.chaord.atlas.data.depositary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A status table copied from a browser: one row a line, cells separated by tabs. */
final class TabSeparatedText {

    private TabSeparatedText() {
    }

    static DepositaryStatus read(String file, String text) throws DepositaryFormatException {
        List<CellRow> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new CellRow(String.valueOf(i + 1), Arrays.asList(lines[i].split("\t", -1))));
        }
        return StatusTableReader.read(file, "text", rows);
    }
}
