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
import java.util.Map;

/**
 * The notes a figure prints under its map: how each organisation acting in its own right (the European Union) stands
 * under the view's treaties on the figure's day, e.g. "European Union (regional economic integration organisation):
 * signed 25 Oct 2025". An organisation has no shape, so without this line its act would be invisible.
 */
public final class FigureNotes {

    /**
     * The group of each organisation's member states: countries.csv names the organisation ({@code EUE}), groups.csv
     * its members under another id ({@code EU}); nothing in the data links the two, so this does.
     */
    static final Map<String, String> MEMBER_GROUPS = Map.of("EUE", "EU");

    private FigureNotes() {
    }

    /**
     * For the side panel of a member state ({@code iso3} in the organisation's group on {@code day}): how each
     * organisation it belongs to acted under the view's treaties, e.g. "The European Union signed as an organisation
     * on 25 Oct 2025"; empty when it is no member or the organisation has not acted in this view by then.
     */
    public static List<String> memberLines(Atlas atlas, View view, LocalDate day, Texts t, String iso3) {
        List<TreatyId> treaties = org.chaord.atlas.model.StatusChanges.treatiesOf(atlas, view);
        List<String> lines = new ArrayList<>();
        MEMBER_GROUPS.forEach((org, group) -> {
            Country c = atlas.countries().get(org);
            if (c == null || c.kind() != CountryKind.ORGANISATION || !atlas.groupsOf(iso3, day).contains(group)) {
                return;
            }
            String subject = t.get("organisation." + org + ".the");
            subject = subject.equals("organisation." + org + ".the") ? c.name() : subject;
            for (TreatyId treaty : treaties) {
                TreatyStatus s = atlas.history().statusOn(org, treaty, day);
                if (s.event() != null) {
                    String line = t.get("panel.organisation." + action(s).csvName(), subject, when(t, s));
                    lines.add(treaties.size() == 1 ? line : line + " (" + t.viewShortName(View.of(treaty)) + ")");
                }
            }
        });
        return lines;
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
