package org.chaord.atlas.ui.timeline;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.KeyMoment;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The story's turning points, keyed by their message: the dates come from treaties.csv where it has them (the
 * published dates otherwise), the UN Convention's entry into force from the deposits once it is reached.
 */
public final class KeyMoments {

    /** The Hanoi signing ceremony's second and last day (treaties.csv: "opened for signature in Hanoi on 25-26 Oct"). */
    static final LocalDate HANOI_CEREMONY_ENDED = LocalDate.of(2025, 10, 26);

    private KeyMoments() {
    }

    /** Message key → day, in the story's order; {@code atlas} may be null (no data yet). */
    public static Map<String, LocalDate> of(Atlas atlas, LocalDate today) {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        m.put("moment.budapestOpened", treatyDate(atlas, TreatyId.ETS185, Treaty::openedForSignature,
                LocalDate.of(2001, 11, 23)));
        m.put("moment.budapestInForce", treatyDate(atlas, TreatyId.ETS185, Treaty::enteredIntoForce,
                LocalDate.of(2004, 7, 1)));
        m.put("moment.unccAdopted", treatyDate(atlas, TreatyId.UNCC, Treaty::adopted, LocalDate.of(2024, 12, 24)));
        m.put("moment.hanoi", HANOI_CEREMONY_ENDED);
        LocalDate unccInForce = atlas == null ? null : atlas.history().treatyInForce(TreatyId.UNCC);
        if (unccInForce != null) {
            m.put("moment.unccInForce", unccInForce);
        }
        m.put("moment.today", today);
        return m;
    }

    /**
     * The ☆ menu, oldest first and today last: with data, every treaty's moments from treaties.csv and the deposits
     * ({@link KeyMoment#of}: adopted, opened, in force — a treaty added by CSV included) and the Hanoi ceremony;
     * before any data, the published moments of {@link #of}.
     */
    static List<KeyMomentItem> menu(Atlas atlas, LocalDate today, Texts t) {
        List<KeyMomentItem> items = new ArrayList<>();
        if (atlas == null) {
            of(null, today).forEach((key, day) -> items.add(new KeyMomentItem(t.get(key), day)));
            return items;
        }
        Texts named = t.withTreaties(atlas.treaties());
        for (KeyMoment m : KeyMoment.of(atlas)) {
            if (!m.day().isAfter(today)) { // a projected entry into force is the tracker's, not a moment to jump to
                items.add(new KeyMomentItem(named.keyMoment(m), m.day()));
            }
        }
        items.add(new KeyMomentItem(t.get("moment.hanoi"), HANOI_CEREMONY_ENDED));
        items.sort(Comparator.comparing(KeyMomentItem::day));
        items.add(new KeyMomentItem(t.get("moment.today"), today));
        return items;
    }

    private static LocalDate treatyDate(Atlas atlas, TreatyId id, Function<Treaty, LocalDate> field, LocalDate published) {
        Treaty t = atlas == null ? null : atlas.treaties().get(id);
        LocalDate d = t == null ? null : field.apply(t);
        return d != null ? d : published;
    }
}
