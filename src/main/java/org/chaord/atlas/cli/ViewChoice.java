package org.chaord.atlas.cli;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --view} and {@code --compare} options of {@code status} and {@code export}. Their syntax is checked when
 * parsed; whether the data have the treaties only once the data are loaded ({@link #resolve}).
 */
final class ViewChoice {

    @Option(names = "--view", paramLabel = "ID", description = "A treaty id of treaties.csv (UNCC, ETS185, ETS189, "
            + "CETS224, MALABO, ARAB2010, CIS2018, ...), COMPARISON (UNCC × ETS185) or FRAMEWORKS (which framework "
            + "binds whom). Default: UNCC")
    View view;

    @Option(names = "--compare", paramLabel = "A,B", description = "Compare two treaties: bound by both, signed both, "
            + "A only, B only, neither (e.g. MALABO,ETS185)")
    View compare;

    /** The view asked for, before the data are loaded (for file names). */
    View asked() {
        return compare != null ? compare : view != null ? view : View.UNCC;
    }

    /** The view asked for, checked against the loaded data; a bad choice is a usage error (exit 2). */
    View resolve(Atlas atlas, CommandSpec spec) {
        if (compare != null && view != null) {
            throw new ParameterException(spec.commandLine(), "give either --view or --compare, not both");
        }
        if (compare != null && !compare.isPair()) {
            throw new ParameterException(spec.commandLine(), "--compare takes two treaty ids, e.g. UNCC,ETS185 (got '"
                    + compare.name() + "')");
        }
        try {
            return atlas.requireKnown(asked());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
