package org.chaord.atlas.ui.export;

import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportLimits;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The export dialog's settings, remembered between runs under the preferences node {@code org/chaord/atlas/ui/export};
 * with {@code -Datlas.prefs=off} nothing is read or written (the values live as long as the application).
 */
final class ExportSettings {

    static final String NODE = "org/chaord/atlas/ui/export";
    /** Settings of this run when preferences are off: the dialog still remembers them until the app closes. */
    private static final ExportSettings SESSION = new ExportSettings(null);

    private final Preferences prefs;
    ExportFormat format = ExportFormat.PNG;
    SizePreset size = SizePreset.SLIDE;
    int customWidth = 2400;
    int customHeight = 1350;
    int dpi = 96;
    /** "current", or a region preset's id. */
    String region = "current";
    Path folder;

    private ExportSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** This user's remembered settings, or this session's when preferences are off. */
    static ExportSettings load() {
        if ("off".equals(System.getProperty("atlas.prefs"))) {
            return SESSION;
        }
        ExportSettings s = new ExportSettings(Preferences.userRoot().node(NODE));
        s.read();
        return s;
    }

    private void read() {
        format = parse(ExportFormat.class, prefs.get("format", format.name()), format);
        size = parse(SizePreset.class, prefs.get("size", size.name()), size);
        customWidth = ExportLimits.clampSide(prefs.getInt("customWidth", customWidth));
        customHeight = ExportLimits.clampSide(prefs.getInt("customHeight", customHeight));
        dpi = ExportLimits.clampDpi(prefs.getInt("dpi", dpi));
        region = prefs.get("region", region);
        String dir = prefs.get("folder", "");
        try {
            Path p = dir.isEmpty() ? null : Path.of(dir);
            folder = p != null && Files.isDirectory(p) ? p : null;
        } catch (InvalidPathException e) {
            folder = null;
        }
    }

    void save() {
        if (prefs == null) {
            return;
        }
        prefs.put("format", format.name());
        prefs.put("size", size.name());
        prefs.putInt("customWidth", customWidth);
        prefs.putInt("customHeight", customHeight);
        prefs.putInt("dpi", dpi);
        prefs.put("region", region);
        if (folder != null) {
            prefs.put("folder", folder.toString());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // remembered for this run only
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
