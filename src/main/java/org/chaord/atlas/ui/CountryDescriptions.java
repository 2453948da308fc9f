package org.chaord.atlas.ui;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.CountryKind;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;
import org.chaord.atlas.i18n.Texts;

/** Words about a country for the hover card and side panel: its name, status and the date of that status. */
public final class CountryDescriptions {

    private CountryDescriptions() {
    }

    public static String name(AtlasViewModel vm, String iso3) {
        Atlas atlas = vm.atlas();
        Country c = atlas == null ? null : atlas.countries().get(iso3);
        return vm.texts().countryName(iso3, c == null ? iso3 : c.name());
    }

    /** "territory of France", "disputed area", or null for a state. */
    public static String standing(AtlasViewModel vm, Country c) {
        Texts t = vm.texts();
        if (c.kind() == CountryKind.TERRITORY) {
            return t.get("territory.of", c.sovereignIso3().isEmpty() ? "?" : name(vm, c.sovereignIso3()));
        }
        return c.kind() == CountryKind.DISPUTED ? t.get("disputed") : null;
    }

    /** Status text with its date: "Signed · 25 Oct 2025", "Party (in force) · 1 Jul 2004 (computed)". */
    public static String statusLine(Texts t, View view, TreatyStatus s) {
        String text = t.className(view, s.statusClass());
        if (s.since() != null) {
            String date = s.event() != null && s.event().isApproximate() && !s.computed()
                    ? t.eventDate(s.event()) : t.date(s.since());
            text += " \u00b7 " + date;
            if (s.computed()) {
                text += " (" + t.get("date.computed") + ")";
            } else if (s.approximate()) {
                text += " (" + t.get("date.approximate") + ")";
            }
        }
        return text;
    }

    public static String hoverText(AtlasViewModel vm, String iso3) {
        Atlas atlas = vm.atlas();
        Country c = atlas.countries().get(iso3);
        String name = name(vm, iso3);
        if (c == null) {
            return name;
        }
        String standing = standing(vm, c);
        if (standing != null) {
            return name + "\n" + standing + " \u2014 " + vm.texts().className(vm.view(), StatusClass.NOT_IN_OWN_RIGHT);
        }
        View view = vm.view();
        org.chaord.atlas.model.StatusChanges changes = vm.compare().changes();
        if (changes != null) { // compare mode: what the map's colour says, the move From → To
            String change = org.chaord.atlas.render.ChangeClassStyle.label(vm.texts(), changes.classOf(iso3));
            return name + "\n" + changes.changeOf(iso3).map(sc -> change + ": "
                    + vm.texts().className(view, sc.fromClass()) + " \u2192 " + vm.texts().className(view, sc.toClass()))
                    .orElse(change);
        }
        String uncertain = atlas.history().isUncertain(iso3, view, vm.date())
                ? "\n" + vm.texts().get("panel.uncertain") : ""; // the hatching, in words
        if (view.kind() != View.Kind.TREATY) {
            return name + "\n" + vm.texts().className(view, atlas.history().classOn(iso3, view, vm.date())) + uncertain;
        }
        return name + "\n" + statusLine(vm.texts(), view, atlas.history().statusOn(iso3, view.treaty(), vm.date()))
                + uncertain;
    }
}
