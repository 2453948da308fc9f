package org.chaord.atlas.cli;

import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses option values, with one-line messages naming what is expected. */
final class CliConverters {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "ru", "zh", "ar");
    private static final Pattern EVERY = Pattern.compile("(\\d+)\\s*([dwmy])");

    private CliConverters() {
    }

    static void registerAll(CommandLine cl) {
        cl.registerConverter(View.class, wrap(View::parse));
        cl.registerConverter(org.chaord.atlas.model.TreatyId.class, wrap(org.chaord.atlas.model.TreatyId::parse));
        cl.registerConverter(LocalDate.class, CliConverters::date);
        cl.registerConverter(ExportFormat.class, wrap(ExportFormat::fromId));
        cl.registerConverter(PaperSize.class, wrap(PaperSize::fromId));
        cl.registerConverter(ProjectionKind.class, wrap(ProjectionKind::fromId));
        cl.registerConverter(RegionPreset.class, wrap(RegionPreset::fromId));
        cl.registerConverter(Palette.class, wrap(CliConverters::palette));
        cl.registerConverter(Locale.class, CliConverters::language);
        cl.registerConverter(Period.class, CliConverters::every);
    }

    private static <T> ITypeConverter<T> wrap(java.util.function.Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    static Palette palette(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Palette p : Palette.values()) {
            if (p.name().equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown palette '" + text
                + "' (expected default, color-blind-safe, high-contrast or greyscale)");
    }

    static String paletteId(Palette p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Locale language(String text) {
        String lang = text.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new TypeConversionException("unknown language '" + text + "' (expected en, fr, es, ru, zh or ar)");
        }
        return Locale.forLanguageTag(lang);
    }

    /** {@code 1y}, {@code 6m}, {@code 2w}, {@code 30d}. */
    static Period every(String text) {
        Matcher m = EVERY.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) <= 0) {
            throw new TypeConversionException("'" + text + "' is not a step (expected e.g. 1y, 6m, 1m, 2w or 30d)");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "y" -> Period.ofYears(n);
            case "m" -> Period.ofMonths(n);
            case "w" -> Period.ofWeeks(n);
            default -> Period.ofDays(n);
        };
    }
}
