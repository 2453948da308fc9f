package org.chaord.atlas.data.depositary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A status chart saved from a browser as HTML (the Council of Europe's "Chart of signatures and ratifications"). Read
 * leniently, without an HTML library: scripts, styles and comments are dropped, every {@code <tr>} becomes a row of
 * its {@code <td>}/{@code <th>} cells, and the text between tables becomes one-cell rows (the heading, the totals).
 * Line numbers are those of the saved file. See ADR 0011.
 */
final class HtmlStatusPage {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<!--.*?-->|<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>");
    private static final Pattern TABLE_TAG = Pattern.compile("(?i)<(/?)(table|tr|td|th)\\b[^>]*>");
    private static final Pattern BLOCK_BREAK = Pattern.compile("(?i)<(?:br|/?p|/?div|/?h[1-6]|/?li|/?ul|/?section|/?header)\\b[^>]*>");
    private static final Pattern FOOTNOTE = Pattern.compile("(?is)<sup\\b.*?</sup\\s*>");

    private final String page;
    private final int[] lineStarts;

    private HtmlStatusPage(String page) {
        this.page = page;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static DepositaryStatus read(String file, String html) throws DepositaryFormatException {
        return new HtmlStatusPage(blankOut(html)).rows(file);
    }

    private DepositaryStatus rows(String file) throws DepositaryFormatException {
        List<CellRow> rows = new ArrayList<>();
        Matcher tag = TABLE_TAG.matcher(page);
        int depth = 0, textFrom = 0, cellFrom = -1, lastOpenTable = -1;
        boolean sawTable = false;
        List<String> cells = null;
        int rowLine = 0;
        while (tag.find()) {
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (cellFrom >= 0 && cells != null) {
                cells.add(cellText(page.substring(cellFrom, tag.start())));
                cellFrom = -1;
            }
            if (depth == 0) {
                addText(rows, textFrom, tag.start());
            }
            switch (name) {
                case "table" -> {
                    depth = Math.max(0, depth + (closing ? -1 : 1));
                    lastOpenTable = closing ? lastOpenTable : tag.start();
                    sawTable = true;
                }
                case "tr" -> {
                    flush(rows, cells, rowLine);
                    cells = closing ? null : new ArrayList<>();
                    rowLine = line(tag.start());
                }
                default -> cellFrom = closing ? -1 : tag.end();
            }
            if (name.equals("table") && closing) {
                flush(rows, cells, rowLine);
                cells = null;
            }
            textFrom = tag.end();
        }
        if (!sawTable) {
            throw new DepositaryFormatException(file + ": no table in this page: not a depositary's status chart");
        }
        if (depth > 0) {
            throw DepositaryFormatException.at(file, String.valueOf(line(lastOpenTable)),
                    "the table that starts here is not closed: the page is cut short; nothing was imported");
        }
        addText(rows, textFrom, page.length());
        return StatusTableReader.read(file, "html", rows);
    }

    /** Replaces scripts, styles and comments by as many line breaks, so that line numbers stay true. */
    private static String blankOut(String html) {
        Matcher m = HIDDEN.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void flush(List<CellRow> rows, List<String> cells, int line) {
        if (cells != null && !cells.isEmpty()) {
            rows.add(new CellRow(String.valueOf(line), cells));
        }
    }

    /** Text outside the tables: one row per block (heading, paragraph, line break). */
    private void addText(List<CellRow> rows, int from, int to) {
        if (to <= from) {
            return;
        }
        String chunk = page.substring(from, to);
        Matcher blocks = BLOCK_BREAK.matcher(chunk);
        int start = 0;
        while (true) {
            boolean found = blocks.find();
            int end = found ? blocks.start() : chunk.length();
            String text = cellText(chunk.substring(start, end));
            if (!text.isEmpty()) {
                rows.add(new CellRow(String.valueOf(line(from + start)), List.of(text)));
            }
            if (!found) {
                return;
            }
            start = blocks.end();
        }
    }

    private static String cellText(String html) {
        String noNotes = FOOTNOTE.matcher(html).replaceAll("");
        return ParticipantNames.spaces(HtmlEntities.decode(noNotes.replaceAll("<[^>]*>", " ")));
    }

    private int line(int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
