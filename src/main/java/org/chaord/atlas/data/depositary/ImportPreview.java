package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.MembershipHistory;
import org.chaord.atlas.model.PartialDate;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The atlas as it will be once the accepted changes are written, built in memory from the same changes
 * {@link EventsFileUpdate} writes: what a dialog previews on the map is what Accept produces.
 */
public final class ImportPreview {

    private ImportPreview() {
    }

    public static Atlas atlasWith(Atlas atlas, List<ImportChange> accepted, String source) {
        List<StatusEvent> events = new ArrayList<>();
        for (String iso3 : atlas.countries().keySet()) {
            for (TreatyId treaty : atlas.treatyIds()) {
                events.addAll(atlas.history().events(iso3, treaty));
            }
        }
        for (ImportChange c : accepted) {
            if (!c.change().isWritten()) {
                continue;
            }
            StatusEvent written = new StatusEvent(c.iso3(), c.treaty(), c.event(), day(c.date()), null, source,
                    c.change().csvName() + " by import");
            if (c.previous() != null) {
                events.remove(c.previous());
            }
            events.add(written);
        }
        return new Atlas(atlas.treaties(), atlas.countries(), new MembershipHistory(atlas.treaties(), atlas.countries(),
                events), atlas.groups(), atlas.indicators(), atlas.dataAsOf());
    }

    private static PartialDate day(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
