package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.CountryKind;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes a figure prints under its map: how each organisation acting in its own right (the European Union) stands
 * under the view's treaties on the figure's day, e.g. "European Union (regional economic integration organisation):
 * signed 25 Oct 2025". An organisation has no shape, so without this line its act would be invisible.
 */
public final class FigureNotes {

    private FigureNotes() {
    }

    public static List<String> organisations(Atlas atlas, View view, LocalDate day, Texts t) {
        List<TreatyId> treaties = org.chaord.atlas.model.StatusChanges.treatiesOf(atlas, view);
        List<String> notes = new ArrayList<>();
        for (Country c : atlas.countries().values()) {
            if (c.kind() != CountryKind.ORGANISATION) {
                continue;
            }
            for (TreatyId treaty : treaties) {
                TreatyStatus s = atlas.history().statusOn(c.iso3(), treaty, day);
                if (s.event() == null) {
                    continue;
                }
                String line = t.get("note.organisation." + action(s).csvName(), name(t, c), when(t, s));
                notes.add(treaties.size() == 1 ? line : line + " (" + t.viewShortName(View.of(treaty)) + ")");
            }
        }
        return notes;
    }

    private static String name(Texts t, Country c) {
        String key = "organisation." + c.iso3();
        String named = t.get(key);
        return named.equals(key) ? c.name() : named;
    }

    /** What the organisation did, as the status shows it: a party (stated or computed) is "in force". */
    private static EventType action(TreatyStatus s) {
        return s.statusClass() == StatusClass.PARTY ? EventType.ENTERED_INTO_FORCE : s.event().type();
    }

    private static String when(Texts t, TreatyStatus s) {
        return s.computed() ? t.date(s.since()) : t.eventDate(s.event());
    }
}
