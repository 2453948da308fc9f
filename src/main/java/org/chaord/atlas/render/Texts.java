package org.chaord.atlas.render;

import org.chaord.atlas.model.DatePrecision;
import org.chaord.atlas.model.PartialDate;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.View;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the interface and of exported figures in one language, and dates formatted for it. */
public final class Texts {

    public static final String BUNDLE = "org.chaord.atlas.i18n.messages";
    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default language: English asked is English given (the base bundle).
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A group's name ("Council of Europe" for CoE), its id when the bundle does not know it. */
    public String groupName(String id) {
        return bundle.containsKey("group." + id) ? bundle.getString("group." + id) : id;
    }

    public String viewName(View view) {
        return get("view." + view.name());
    }

    public String className(View view, StatusClass cls) {
        String specific = "class." + view.name() + "." + cls.name();
        return bundle.containsKey(specific) ? get(specific) : get("class." + cls.name());
    }

    /** A country's name in this language from the JDK's CLDR data, falling back to the data's English name. */
    public String countryName(String iso3, String englishName) {
        String alpha2 = IsoCodes.alpha2(iso3);
        if (alpha2 != null) {
            String local = new Locale("", alpha2).getDisplayCountry(locale);
            if (!local.isBlank() && !local.equals(alpha2)) {
                return locale.getLanguage().equals("en") ? englishName : local;
            }
        }
        return englishName;
    }

    public String date(LocalDate day) {
        return day == null ? "" : plain(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day));
    }

    public String longDate(LocalDate day) {
        return day == null ? "" : plain(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day));
    }

    /** CLDR's Arabic dates carry bidi marks; the text engines lay out direction themselves and fonts draw the marks as boxes. */
    private static String plain(String text) {
        return text.replaceAll("[\u200e\u200f\u061c]", "");
    }

    /** A date with the precision its source gives: "5 Dec 2016", "Dec 2016", "2016". */
    public String partialDate(PartialDate date) {
        if (date.precision() == DatePrecision.DAY) {
            return date(date.effectiveDate());
        }
        if (date.precision() == DatePrecision.MONTH) {
            return plain(DateTimeFormatter.ofPattern("LLL yyyy", locale).format(date.effectiveDate()));
        }
        return String.valueOf(date.year());
    }

    /**
     * The date of an event as a reader should see it: exact, month, year, "between" its not_before and known_by, or
     * "by" its known_by.
     */
    public String eventDate(StatusEvent event) {
        if (event.date() != null) {
            return partialDate(event.date());
        }
        return event.notBefore() != null ? between(event.notBefore(), event.knownBy())
                : get("date.by", date(event.knownBy()));
    }

    /** "between Apr 2008 and Jul 2017": months, or days when both bounds fall in one month. */
    public String between(LocalDate notBefore, LocalDate knownBy) {
        boolean sameMonth = notBefore.getYear() == knownBy.getYear() && notBefore.getMonth() == knownBy.getMonth();
        return sameMonth ? get("date.between", date(notBefore), date(knownBy))
                : get("date.between", month(notBefore), month(knownBy));
    }

    private String month(LocalDate day) {
        return partialDate(new PartialDate(day.getYear(), day.getMonthValue(), 0));
    }

    /** "Status as of <as-of>; later events are not in the data": shown when the chosen day is past the as-of date. */
    public String beyondAsOf(LocalDate asOf) {
        return get("asOf.beyond", date(asOf));
    }

    /** The notice for data more than 60 days old: their age in days and their as-of date. */
    public String staleData(long days, LocalDate asOf) {
        return get("asOf.stale", days, date(asOf));
    }
}
