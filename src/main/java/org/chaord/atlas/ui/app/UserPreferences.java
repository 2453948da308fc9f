package org.chaord.atlas.ui.app;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;

import java.util.Locale;

import java.util.prefs.Preferences;

/** Remembers view, projection, palette, country names, map or table, the chart pane, window size and recent files between runs (java.util.prefs); null prefs: remember nothing. */
final class UserPreferences {

    private final Preferences prefs;

    UserPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The preferences node, kept where the app has always kept it (before the ui package had rooms). */
    static final String NODE = "org/chaord/atlas/ui";

    /** This user's preferences; with -Datlas.prefs=off none (tests, shared classroom machines). */
    static UserPreferences forThisUser() {
        return new UserPreferences("off".equals(System.getProperty("atlas.prefs"))
                ? null : Preferences.userRoot().node(NODE));
    }

    /** False with -Datlas.prefs=off: nothing is remembered, nothing kept. */
    boolean remembers() {
        return prefs != null;
    }

    /** The interface's remembered language (the system's when none is). */
    Locale language() {
        return Locale.forLanguageTag(prefs == null ? Locale.getDefault().getLanguage()
                : prefs.get("language", Locale.getDefault().getLanguage()));
    }

    ProjectionKind projection() {
        return prefs == null ? ProjectionKind.EQUAL_EARTH
                : parse(ProjectionKind.class, prefs.get("projection", ""), ProjectionKind.EQUAL_EARTH);
    }

    void restore(AtlasViewModel vm) {
        if (prefs == null) {
            return;
        }
        vm.setView(view(prefs.get("view", View.UNCC.name())));
        vm.looks().setProjection(projection());
        vm.looks().setPalette(parse(Palette.class, prefs.get("palette", Palette.DEFAULT.name()), Palette.DEFAULT));
        vm.looks().setDarkInterface(prefs.getBoolean("dark", false));
        vm.looks().setLabels(prefs.getBoolean("labels", false));
        vm.chart().setShown(prefs.getBoolean("chart", false));
        vm.looks().setTexts(new Texts(Languages.closest(language())));
    }

    /**
     * The remembered settings a start's first map frame depends on (view, projection, palette, language, theme,
     * labels, chart pane, window size), as one line: the kept start-up frame's key (ADR 0031).
     */
    String firstFrameSettings() {
        String[] keys = {"view", "projection", "palette", "language", "dark", "labels", "chart", "width", "height"};
        StringBuilder line = new StringBuilder("locale=").append(Locale.getDefault().toLanguageTag());
        for (String key : keys) {
            line.append(' ').append(key).append('=').append(prefs == null ? "" : prefs.get(key, ""));
        }
        return line.toString();
    }

    /** A remembered view; the default when it no longer parses (whether the data have it is checked on load). */
    private static View view(String name) {
        try {
            return View.parse(name);
        } catch (IllegalArgumentException e) {
            return View.UNCC;
        }
    }

    void save(AtlasViewModel vm, double width, double height) {
        if (prefs == null) {
            return;
        }
        prefs.put("view", vm.view().name());
        prefs.put("projection", vm.looks().projectionProperty().get().name());
        prefs.put("palette", vm.looks().paletteProperty().get().name());
        prefs.put("language", vm.texts().locale().getLanguage());
        prefs.putBoolean("dark", vm.looks().darkInterfaceProperty().get());
        prefs.putBoolean("labels", vm.looks().isLabels());
        prefs.putBoolean("chart", vm.chart().isShown());
        prefs.putDouble("width", width);
        prefs.putDouble("height", height);
    }

    /** File → Open recent, newest first, one line each (see {@code ui.saved.RecentFiles}). */
    java.util.List<String> recentFiles() {
        String lines = prefs == null ? "" : prefs.get("recentFiles", "");
        return lines.isEmpty() ? java.util.List.of() : java.util.List.of(lines.split("\n"));
    }

    /** Remembered at once (not at quit), so a crash does not lose the list; cut to the preference's length limit. */
    void saveRecentFiles(java.util.List<String> lines) {
        if (prefs == null) {
            return;
        }
        String joined = String.join("\n", lines);
        while (joined.length() > Preferences.MAX_VALUE_LENGTH && joined.contains("\n")) {
            joined = joined.substring(0, joined.lastIndexOf('\n'));
        }
        if (joined.length() <= Preferences.MAX_VALUE_LENGTH) {
            prefs.put("recentFiles", joined);
        }
    }

    /** Whether the table was the pane shown last (the map comes first at start either way, then the table). */
    boolean tableShown() {
        return prefs != null && prefs.getBoolean("table", false);
    }

    void rememberTableShown(boolean shown) {
        if (prefs != null) {
            prefs.putBoolean("table", shown);
        }
    }

    double width() {
        return prefs == null ? 1280 : prefs.getDouble("width", 1400);
    }

    double height() {
        return prefs == null ? 800 : prefs.getDouble("height", 860);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
