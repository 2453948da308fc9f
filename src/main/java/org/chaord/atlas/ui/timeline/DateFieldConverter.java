package org.chaord.atlas.ui.timeline;

import javafx.util.StringConverter;
import org.chaord.atlas.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The timeline's date field: shows the date as the language writes it (without the bidi marks CLDR puts in Arabic
 * dates), and reads ISO dates (2004-07-01) as well as the language's short and medium forms. Text it cannot read
 * gives null, and the field keeps the date it had.
 */
public final class DateFieldConverter extends StringConverter<LocalDate> {

    private final Texts texts;
    private final List<DateTimeFormatter> readers;

    public DateFieldConverter(Texts texts) {
        this.texts = texts;
        this.readers = List.of(DateTimeFormatter.ISO_LOCAL_DATE, plainPattern(FormatStyle.SHORT, texts.locale()),
                plainPattern(FormatStyle.MEDIUM, texts.locale()));
    }

    /** The language's pattern for a style, without bidi marks, so text shown without them reads back. */
    private static DateTimeFormatter plainPattern(FormatStyle style, java.util.Locale locale) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                java.time.chrono.IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("[\\u200e\\u200f\\u061c]", ""), locale);
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : texts.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("[\\u200e\\u200f\\u061c]", "");
        for (DateTimeFormatter f : readers) {
            try {
                return LocalDate.parse(plain, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }
}
