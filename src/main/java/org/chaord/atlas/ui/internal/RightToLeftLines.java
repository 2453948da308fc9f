package org.chaord.atlas.ui.internal;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a right-to-left label's text into lines at spaces, within a width in ems of its font. JavaFX 21 draws wrapped
 * right-to-left labels with repeated words, so Arabic legend lines and dialog texts cannot use {@code setWrapText}; unbroken they made
 * the legend as wide as its longest line. Explicit line breaks are laid out one line at a time and read correctly.
 * The label keeps the text unbroken for screen readers and breaks it again when its font changes (presentation mode).
 */
public final class RightToLeftLines {

    private static final String TEXT = RightToLeftLines.class.getName();

    private RightToLeftLines() {
    }

    /** Shows {@code text} in {@code label} broken into lines no wider than {@code ems} of the label's font. */
    public static void show(Label label, String text, double ems) {
        boolean first = !label.getProperties().containsKey(TEXT);
        label.getProperties().put(TEXT, text);
        label.setAccessibleText(text);
        label.setText(breakLines(text, label.getFont(), ems));
        if (first) {
            label.fontProperty().addListener((o, was, font) ->
                    label.setText(breakLines((String) label.getProperties().get(TEXT), font, ems)));
        }
    }

    /** The text with a line break before each word that would pass {@code ems} of {@code font}'s size. */
    public static String breakLines(String text, Font font, double ems) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        double room = ems * font.getSize();
        Text measure = new Text();
        measure.setFont(font);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            measure.setText(longer);
            if (line.length() > 0 && measure.getLayoutBounds().getWidth() > room) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        return out.append(line).toString();
    }
}
