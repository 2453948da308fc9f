package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.TreatyId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a parties-over-time chart shows: the treaty, the date range, the day marked (the timeline's current date),
 * palette, language, and the figure's title and subtitle (null: "Parties over time: treaty"; none).
 */
public record ChartRequest(TreatyId treaty, LocalDate from, LocalDate to, LocalDate marked, Palette palette,
                           Texts texts, String title, String subtitle) {

    public ChartRequest {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(texts, "texts");
        palette = palette == null ? Palette.DEFAULT : palette;
    }
}
