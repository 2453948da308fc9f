package org.chaord.atlas.model;

import java.util.Locale;

/**
 * What the map shades: one treaty ({@link Kind#TREATY}), a pair of treaties compared ({@link Kind#PAIR}: first ×
 * second), or which frameworks bind each state ({@link Kind#FRAMEWORKS}). A view is only its identity; its legend
 * classes depend on the data and come from {@link Atlas#classes(View)}, the list of views from {@link Atlas#views()}.
 */
public record View(Kind kind, TreatyId treaty, TreatyId second) {

    public enum Kind { TREATY, PAIR, FRAMEWORKS }

    public static final View UNCC = of(TreatyId.UNCC);
    public static final View ETS185 = of(TreatyId.ETS185);
    public static final View ETS189 = of(TreatyId.ETS189);
    public static final View CETS224 = of(TreatyId.CETS224);
    /** The default pair: the two rival approaches, UN Convention × Budapest Convention. */
    public static final View COMPARISON = pair(TreatyId.UNCC, TreatyId.ETS185);
    public static final View FRAMEWORKS = new View(Kind.FRAMEWORKS, null, null);
    private static final String COMPARISON_NAME = "COMPARISON";
    private static final String FRAMEWORKS_NAME = "FRAMEWORKS";

    public View {
        boolean ok = switch (kind) {
            case TREATY -> treaty != null && second == null;
            case PAIR -> treaty != null && second != null && !treaty.equals(second);
            case FRAMEWORKS -> treaty == null && second == null;
        };
        if (!ok) {
            throw new IllegalArgumentException("a " + kind + " view of " + treaty + " and " + second + " makes no sense");
        }
    }

    /** The single-treaty view of {@code treaty}. */
    public static View of(TreatyId treaty) {
        return new View(Kind.TREATY, treaty, null);
    }

    /** The comparison of two different treaties, {@code first} × {@code second}. */
    public static View pair(TreatyId first, TreatyId second) {
        return new View(Kind.PAIR, first, second);
    }

    public boolean isPair() {
        return kind == Kind.PAIR;
    }

    /**
     * A stable name for keys, preferences, file names and the command line: the treaty id, {@code COMPARISON} for the
     * default pair, {@code FIRST-SECOND} for another pair, {@code FRAMEWORKS}. {@link #parse} reads it back.
     */
    public String name() {
        return switch (kind) {
            case TREATY -> treaty.id();
            case PAIR -> equals(COMPARISON) ? COMPARISON_NAME : treaty.id() + "-" + second.id();
            case FRAMEWORKS -> FRAMEWORKS_NAME;
        };
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * Reads a view: a treaty id, {@code COMPARISON}, {@code FRAMEWORKS}, or a pair {@code A,B} (also {@code A-B} or
     * {@code A×B}). Whether the data have those treaties is checked by {@link Atlas#requireKnown(View)}.
     */
    public static View parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.equals(COMPARISON_NAME)) {
            return COMPARISON;
        }
        if (t.equals(FRAMEWORKS_NAME)) {
            return FRAMEWORKS;
        }
        String[] parts = t.split("\\s*[,\u00d7\\-]\\s*", -1);
        if (parts.length == 2) {
            TreatyId a = TreatyId.parse(parts[0]);
            TreatyId b = TreatyId.parse(parts[1]);
            if (a.equals(b)) {
                throw new IllegalArgumentException("cannot compare " + a + " with itself");
            }
            return pair(a, b);
        }
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + text + "': a comparison takes two treaties, e.g. UNCC,ETS185");
        }
        try {
            return of(TreatyId.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown view '" + text + "' (expected a treaty id such as UNCC or "
                    + "ETS185, a pair such as UNCC,ETS185, COMPARISON or FRAMEWORKS)");
        }
    }
}
