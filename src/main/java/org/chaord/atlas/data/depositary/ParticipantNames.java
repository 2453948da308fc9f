package org.chaord.atlas.data.depositary;

import java.text.Normalizer;
import java.util.Locale;

/** Participant names as written and as compared: whitespace, footnote markers, apostrophes, case and accents. */
public final class ParticipantNames {

    private ParticipantNames() {
    }

    /** Collapses runs of whitespace (no-break spaces included) into one space and trims. */
    static String spaces(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * A name as a browser copy shows it, without the footnote numbers glued to it ("Denmark3", "France 1, 2") and
     * without trailing asterisks or daggers.
     */
    static String withoutFootnotes(String name) {
        return spaces(spaces(name).replaceAll("(\\s*\\d+(\\s*,\\s*\\d+)*|[*\u2020]+)$", ""));
    }

    /**
     * The form two names are compared in: one apostrophe (’ ‘ ´ ` ʼ → '), one dash, no accents, lower case, single
     * spaces. Two names with the same key are the same name typed differently; nothing else is assumed.
     */
    public static String key(String name) {
        String t = spaces(name).replaceAll("[\u2018\u2019\u02bc\u00b4`]", "'").replaceAll("[\u2010-\u2015]", "-");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT);
    }
}
