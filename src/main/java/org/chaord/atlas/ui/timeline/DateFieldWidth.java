package org.chaord.atlas.ui.timeline;

import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import java.time.LocalDate;

/**
 * The date field as wide as its longest date in the font it is shown in: 150 px hold "Sep 28, 2026", not
 * "2026年9月28日", which lost its last character. Measured again whenever the style sheet gives the field its font
 * (a language switch, the presentation mode).
 */
final class DateFieldWidth {

    /** What English needs, and what the timeline was laid out for: no field is narrower. */
    static final double AT_LEAST = 150;
    /** The calendar button beside the text, and a little air. */
    private static final double BUTTON_AND_AIR = 40;

    private DateFieldWidth() {
    }

    /** Keeps {@code picker} wide enough for every date {@code converter} writes this year (FX thread). */
    static void fit(DatePicker picker, StringConverter<LocalDate> converter) {
        TextField editor = picker.getEditor();
        Runnable fit = () -> picker.setPrefWidth(widthFor(editor, converter));
        editor.fontProperty().addListener(o -> fit.run());
        editor.paddingProperty().addListener(o -> fit.run());
        fit.run();
    }

    private static double widthFor(TextField editor, StringConverter<LocalDate> converter) {
        Text probe = new Text();
        probe.setFont(editor.getFont());
        double widest = 0;
        int year = LocalDate.now().getYear();
        for (int month = 1; month <= 12; month++) { // the 28th: two-digit days, every month has one
            probe.setText(converter.toString(LocalDate.of(year, month, 28)));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        Insets pad = editor.getPadding();
        return Math.max(AT_LEAST, Math.ceil(widest + pad.getLeft() + pad.getRight() + BUTTON_AND_AIR));
    }
}
