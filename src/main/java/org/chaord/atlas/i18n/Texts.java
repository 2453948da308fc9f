package org.chaord.atlas.i18n;

import org.chaord.atlas.model.DatePrecision;
import org.chaord.atlas.model.PartialDate;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the interface and of exported figures in one language, and dates formatted for it. */
public final class Texts {

    public static final String BUNDLE = "org.chaord.atlas.i18n.messages";
    private final Locale locale;
    private final ResourceBundle bundle;
    /** Names from treaties.csv for treaties the bundles do not know (a treaty added by CSV); may be empty. */
    private final Map<TreatyId, Treaty> treaties;

    public Texts(Locale locale) {
        // No fallback to the machine's default language: English asked is English given (the base bundle).
        this(locale, ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), Map.of());
    }

    private Texts(Locale locale, ResourceBundle bundle, Map<TreatyId, Treaty> treaties) {
        this.locale = locale;
        this.bundle = bundle;
        this.treaties = treaties;
    }

    /** The same words, naming treaties the bundles lack by their treaties.csv names (full and short). */
    public Texts withTreaties(Map<TreatyId, Treaty> names) {
        return names.equals(treaties) ? this : new Texts(locale, bundle, Map.copyOf(names));
    }

    public Locale locale() {
        return locale;
    }

    /** Two texts are equal when they speak the same language (the bundles are the same then). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Texts other && other.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return locale.hashCode();
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A UN sub-region of countries.csv in this language ("Europe occidentale"); one the bundle does not know as written. */
    public String subregionName(String subregion) {
        String key = "subregion." + subregion.replace(' ', '_');
        return bundle.containsKey(key) ? bundle.getString(key) : subregion;
    }

    /** A group's name ("Council of Europe" for CoE), its id when the bundle does not know it. */
    public String groupName(String id) {
        return bundle.containsKey("group." + id) ? bundle.getString("group." + id) : id;
    }

    /** A view's title: the treaty's name, "A × B" for a pair (the default pair has its own), the framework view's. */
    public String viewName(View view) {
        return switch (view.kind()) {
            case TREATY -> treatyName(view.treaty());
            case PAIR -> bundle.containsKey("view." + view.name()) ? get("view." + view.name())
                    : get("view.pair", treatyShortName(view.treaty()), treatyShortName(view.second()));
            case FRAMEWORKS -> get("view." + view.name());
        };
    }

    /** A view's name in a selector: the treaty's short name, "A × B", "Comparison", "Which framework". */
    public String viewShortName(View view) {
        return switch (view.kind()) {
            case TREATY -> treatyShortName(view.treaty());
            case PAIR -> bundle.containsKey("viewShort." + view.name()) ? get("viewShort." + view.name())
                    : get("view.pair", treatyShortName(view.treaty()), treatyShortName(view.second()));
            case FRAMEWORKS -> get("viewShort." + view.name());
        };
    }

    /** A treaty's name in this language (message key view.ID), else its treaties.csv full name, else its id. */
    public String treatyName(TreatyId treaty) {
        if (bundle.containsKey("view." + treaty.id())) {
            return bundle.getString("view." + treaty.id());
        }
        Treaty t = treaties.get(treaty);
        return t != null && !t.fullName().isBlank() ? t.fullName() : treaty.id();
    }

    /** A treaty's short name in this language (message key viewShort.ID), else its treaties.csv short name or id. */
    public String treatyShortName(TreatyId treaty) {
        if (bundle.containsKey("viewShort." + treaty.id())) {
            return bundle.getString("viewShort." + treaty.id());
        }
        Treaty t = treaties.get(treaty);
        return t != null && !t.shortName().isBlank() ? t.shortName() : treaty.id();
    }

    /**
     * A legend class's label in a view: a view-specific wording when the bundle has one (class.VIEW.CLASS), else the
     * general one; pair labels name the two treaties ({0} first, {1} second).
     */
    public String className(View view, StatusClass cls) {
        String specific = "class." + view.name() + "." + cls.name();
        if (bundle.containsKey(specific)) {
            return get(specific);
        }
        return view.isPair() ? get("class." + cls.name(), treatyShortName(view.treaty()), treatyShortName(view.second()))
                : get("class." + cls.name());
    }

    /** A key moment's label: "Budapest: opened for signature" (message keys moment.adopted, .opened, .inForce). */
    public String keyMoment(org.chaord.atlas.model.KeyMoment moment) {
        String key = switch (moment.kind()) {
            case ADOPTED -> "moment.adopted";
            case OPENED -> "moment.opened";
            case IN_FORCE -> "moment.inForce";
        };
        String label = get(key, treatyShortName(moment.treaty()));
        return moment.computed() ? label + " (" + get("date.computed") + ")" : label;
    }

    /** A treaty family's name: "Council of Europe" (message keys family.un, family.coe, ...). */
    public String familyName(org.chaord.atlas.model.TreatyFamily family) {
        return get("family." + family.csvName());
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

    /**
     * The name a label on the map shows. In English: CLDR's common name where it shortens the data's name ("United
     * States" of "United States of America", "Russia" of "Russian Federation"), so more names fit inside their
     * countries, but never an older name (the JDK's CLDR says "Turkey" where the data says "Türkiye"). In other
     * languages: the CLDR name, as {@link #countryName}.
     */
    public String mapName(String iso3, String englishName) {
        if (!locale.getLanguage().equals("en")) {
            return countryName(iso3, englishName);
        }
        String alpha2 = IsoCodes.alpha2(iso3);
        String common = alpha2 == null ? "" : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
        return !common.isBlank() && common.length() < englishName.length() && englishName.startsWith(common)
                ? common : englishName;
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
