package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a figure shows, on screen and in every export: the view on a day, in a palette and a language, under a title
 * and subtitle. An empty title means the view's name; an empty subtitle means none. With {@code labels} the map
 * carries country names. With {@code since} (null: none) the figure is the change map from that day to
 * {@code date} ("Changes between D1 and D2", {@link ChangeScene}): the screen's compare mode, Copy image and every
 * export of it carry the From date here, so they cannot drift apart. Build one with {@link #of} and the
 * {@code with…} methods, never with nulls by position.
 */
public record MapFrame(View view, LocalDate date, Palette palette, Texts texts, String title, String subtitle,
                       boolean labels, LocalDate since) {

    public MapFrame {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(texts, "texts");
        title = title == null ? "" : title.strip();
        subtitle = subtitle == null ? "" : subtitle.strip();
    }

    /** A status map (no From date). */
    public MapFrame(View view, LocalDate date, Palette palette, Texts texts, String title, String subtitle,
                    boolean labels) {
        this(view, date, palette, texts, title, subtitle, labels, null);
    }

    /** A frame without names on the map. */
    public MapFrame(View view, LocalDate date, Palette palette, Texts texts, String title, String subtitle) {
        this(view, date, palette, texts, title, subtitle, false);
    }

    /** The view on a day, default palette, English, default title. */
    public static MapFrame of(View view, LocalDate date) {
        return new MapFrame(view, date, Palette.DEFAULT, new Texts(Locale.ENGLISH), "", "");
    }

    public MapFrame withView(View v) {
        return new MapFrame(v, date, palette, texts, title, subtitle, labels, since);
    }

    public MapFrame withDate(LocalDate d) {
        return new MapFrame(view, d, palette, texts, title, subtitle, labels, since);
    }

    public MapFrame withPalette(Palette p) {
        return new MapFrame(view, date, p, texts, title, subtitle, labels, since);
    }

    public MapFrame withTexts(Texts t) {
        return new MapFrame(view, date, palette, t, title, subtitle, labels, since);
    }

    /** Title and subtitle as typed; empty ones fall back to the view's name and to no subtitle. */
    public MapFrame withTitles(String newTitle, String newSubtitle) {
        return new MapFrame(view, date, palette, texts, newTitle, newSubtitle, labels, since);
    }

    /** The same frame with or without country names on the map. */
    public MapFrame withLabels(boolean on) {
        return new MapFrame(view, date, palette, texts, title, subtitle, on, since);
    }

    /** The change map from {@code from} to this frame's date (null: the status map of the date). */
    public MapFrame withSince(LocalDate from) {
        return new MapFrame(view, date, palette, texts, title, subtitle, labels, from);
    }

    /** The title the figure shows: the one given, else the view's name in the frame's language. */
    public String shownTitle() {
        return title.isEmpty() ? texts.viewName(view) : title;
    }

    /** True when the two frames differ at most in their day. */
    public boolean sameExceptDate(MapFrame other) {
        return other != null && withDate(other.date).equals(other);
    }
}
