package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;

import java.time.LocalDate;

/**
 * One line of an import's diff. {@code date} is the file's day (null for missing and unmatched); {@code previous}
 * the data's row it replaces or reports (null for added and unmatched); {@code participant} the name as the file
 * writes it ("" for missing); {@code where} the file's line or element.
 */
public record ImportChange(ChangeKind change, String iso3, TreatyId treaty, EventType event, LocalDate date,
                           StatusEvent previous, String participant, String where) {

    public static final String[] CSV_HEADER = {"change", "iso3", "treaty", "event", "date", "previous", "participant"};

    /** The row of {@code --format csv}: change,iso3,treaty,event,date,previous,participant. */
    public String[] csvRow() {
        return new String[] {change.csvName(), iso3, treaty.name(), event == null ? "" : event.csvName(),
                date == null ? "" : date.toString(), previousDate(), participant};
    }

    /** The data's date at its own precision, or "" (an undated row, or none). */
    public String previousDate() {
        return previous == null || previous.date() == null ? "" : previous.date().toString();
    }
}
