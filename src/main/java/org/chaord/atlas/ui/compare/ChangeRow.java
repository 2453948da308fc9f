package org.chaord.atlas.ui.compare;

import org.chaord.atlas.model.ChangeClass;

import java.time.LocalDate;

/**
 * One line of the "All changes" list as the screen shows it: the decisive day (null when the move rests on no dated
 * row), the country in the interface language, its class at From and at To and the change, in words, and the source.
 */
public record ChangeRow(String iso3, LocalDate date, String dateText, String country, String fromClass,
                        String toClass, ChangeClass change, String changeText, String source) {
}
