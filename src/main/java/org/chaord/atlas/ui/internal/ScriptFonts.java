package org.chaord.atlas.ui.internal;

import javafx.scene.Scene;
import javafx.scene.text.Font;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A font family for the script JavaFX's "System" font cannot show everywhere (ADR 0027). On Linux JavaFX falls back
 * through a fixed list that holds no CJK font, so Chinese comes out as boxes even with Noto CJK installed; Windows
 * and macOS link their own CJK fonts. So Chinese gets the first installed family of a short list, for the whole
 * interface (a stylesheet on the scene, which the dialogs copy) and for CJK text on the map. Arabic gets one family
 * that holds Arabic, Latin, digits and brackets together (ADR 0029): through "System" JavaFX on Linux takes the
 * Arabic letters from a fallback font, and a bracket laid out in another font's run is not mirrored, so
 * "دولة طرف (نافذة)" showed as ")نافذة (دولة طرف". Not a Naskh face: its taller lines would push the layout. Other
 * languages keep "System". FX thread only; looked up once.
 */
public final class ScriptFonts {

    public static final String SYSTEM = "System";
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback");
    /** Each holds Arabic and Latin letters, digits and both brackets, so a mixed line is shaped as one run. */
    private static final List<String> ARABIC = List.of("DejaVu Sans", "Segoe UI", "Tahoma", "Arial");
    private static final Map<String, String> FOUND = new HashMap<>();
    private static final String MARK = "data:text/css;charset=utf-8;base64,";

    private ScriptFonts() {
    }

    /** The family the interface uses in a language: "System" except for Chinese and Arabic where one is found. */
    public static String forLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> first("cjk", CJK);
            case "ar" -> first("arabic", ARABIC);
            default -> SYSTEM;
        };
    }

    /** The family to draw a piece of text in: the CJK one for CJK letters, the Arabic one for Arabic letters. */
    public static String forText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c < 0xFB00 && !Character.isSurrogate(c)) {
                return first("cjk", CJK);
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                return first("arabic", ARABIC);
            }
        }
        return SYSTEM;
    }

    /** Sets the scene's interface font for the language (replacing the one a former language set). */
    public static void applyTo(Scene scene, Locale locale) {
        scene.getStylesheets().removeIf(s -> s.startsWith(MARK));
        String family = forLanguage(locale);
        if (!SYSTEM.equals(family)) {
            String css = ".root { -fx-font-family: \"" + family + "\"; }";
            scene.getStylesheets().add(MARK + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String first(String script, List<String> families) {
        return FOUND.computeIfAbsent(script, s -> families.stream()
                .filter(f -> f.equalsIgnoreCase(Font.font(f, 12).getFamily())).findFirst().orElse(SYSTEM));
    }
}
