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
 * interface (a stylesheet on the scene, which the dialogs copy) and for CJK text on the map; other languages keep
 * "System" (Arabic renders through it; Naskh's taller lines would push the layout). FX thread only; looked up once.
 */
public final class ScriptFonts {

    public static final String SYSTEM = "System";
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback");
    private static final Map<String, String> FOUND = new HashMap<>();
    private static final String MARK = "data:text/css;charset=utf-8;base64,";

    private ScriptFonts() {
    }

    /** The family the interface uses in a language: "System" except for Chinese where one is found. */
    public static String forLanguage(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? first("cjk", CJK) : SYSTEM;
    }

    /** The family to draw a piece of text in: the CJK one when the text holds CJK letters. */
    public static String forText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c < 0xFB00 && !Character.isSurrogate(c)) {
                return first("cjk", CJK);
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
