package org.chaord.atlas.i18n;

import java.util.List;
import java.util.Locale;

/** The six UN languages the interface speaks; Arabic is written right to left. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"), new Locale("ru"),
            Locale.CHINESE, new Locale("ar"));

    private Languages() {
    }

    /** The supported language closest to a locale (by language), English if none. */
    public static Locale closest(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /** A language's name in itself: "Français", "中文", "العربية". */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
