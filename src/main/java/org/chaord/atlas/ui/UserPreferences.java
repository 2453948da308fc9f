package org.chaord.atlas.ui;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.Texts;

import java.util.Locale;

import java.util.prefs.Preferences;

/** Remembers view, projection, palette and window size between runs (java.util.prefs); null prefs: remember nothing. */
final class UserPreferences {

    private final Preferences prefs;

    UserPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    /** This user's preferences; with -Datlas.prefs=off none (tests, shared classroom machines). */
    static UserPreferences forThisUser() {
        return new UserPreferences("off".equals(System.getProperty("atlas.prefs"))
                ? null : Preferences.userNodeForPackage(AtlasApp.class));
    }

    ProjectionKind projection() {
        return prefs == null ? ProjectionKind.EQUAL_EARTH
                : parse(ProjectionKind.class, prefs.get("projection", ""), ProjectionKind.EQUAL_EARTH);
    }

    void restore(AtlasViewModel vm) {
        if (prefs == null) {
            return;
        }
        vm.view.set(view(prefs.get("view", View.UNCC.name())));
        vm.projection.set(parse(ProjectionKind.class, prefs.get("projection", ProjectionKind.EQUAL_EARTH.name()),
                ProjectionKind.EQUAL_EARTH));
        vm.palette.set(parse(Palette.class, prefs.get("palette", Palette.DEFAULT.name()), Palette.DEFAULT));
        vm.darkInterface.set(prefs.getBoolean("dark", false));
        vm.texts.set(new Texts(Languages.closest(Locale.forLanguageTag(
                prefs.get("language", Locale.getDefault().getLanguage())))));
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
        prefs.put("view", vm.view.get().name());
        prefs.put("projection", vm.projection.get().name());
        prefs.put("palette", vm.palette.get().name());
        prefs.put("language", vm.texts.get().locale().getLanguage());
        prefs.putBoolean("dark", vm.darkInterface.get());
        prefs.putDouble("width", width);
        prefs.putDouble("height", height);
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
