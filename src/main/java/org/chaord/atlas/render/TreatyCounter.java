package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The presentation counter: for each treaty, the states bound (parties and ratified) and the signatories. */
public final class TreatyCounter {

    private TreatyCounter() {
    }

    /** "UN Convention: 12 · signed 60     Budapest: 78 · signed 2 …" on {@code day}, in the texts' language. */
    public static String line(Atlas atlas, LocalDate day, Texts texts) {
        return String.join("     ", entries(atlas, day, texts));
    }

    /** One "Budapest: 78 · signed 2" per treaty of the data, in treaties.csv order. */
    public static List<String> entries(Atlas atlas, LocalDate day, Texts texts) {
        Texts t = texts.withTreaties(atlas.treaties());
        List<String> entries = new ArrayList<>();
        for (TreatyId treaty : atlas.treatyIds()) {
            View view = View.of(treaty);
            Map<StatusClass, Integer> counts = atlas.countsOn(view, day);
            int bound = counts.getOrDefault(StatusClass.PARTY, 0) + counts.getOrDefault(StatusClass.RATIFIED, 0);
            entries.add(t.viewShortName(view) + ": " + bound + " \u00b7 "
                    + t.className(view, StatusClass.SIGNED).toLowerCase(t.locale()) + ' '
                    + counts.getOrDefault(StatusClass.SIGNED, 0));
        }
        return entries;
    }
}
