package org.chaord.atlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the man page {@code chaord-atlas.1} (roff) from the command model, so it lists exactly the commands and
 * options the CLI has. Run at build time by the installer profile: {@code ManPage OUTPUT_DIR}. (picocli-codegen's
 * generator writes AsciiDoc, which needs Asciidoctor to become a page {@code man} can read: docs/decisions/0014.)
 */
public final class ManPage {

    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("chaord-atlas.1"), render(), StandardCharsets.UTF_8);
    }

    /** The whole page: the top command, then one section per subcommand. */
    static String render() {
        CommandLine top = AtlasCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandSpec spec = top.getCommandSpec();
        StringBuilder page = new StringBuilder();
        page.append(".TH CHAORD\\-ATLAS 1 \"\" \"Chaord Atlas ").append(escape(BuildVersion.version()))
                .append("\" \"User Commands\"\n");
        page.append(".SH NAME\nchaord\\-atlas \\- ").append(escape(String.join(" ", spec.usageMessage().description())))
                .append('\n');
        page.append(".SH SYNOPSIS\n");
        synopsis(page, spec);
        page.append(".SH DESCRIPTION\nWith no argument, \\fBchaord\\-atlas\\fR opens the desktop atlas; with one or more "
                + "existing \\fI.csv\\fR files it opens the atlas with them as indicator datasets. Any other arguments "
                + "run the command line below, which needs no display.\n");
        page.append(".SH OPTIONS\n");
        arguments(page, spec);
        page.append(".SH COMMANDS\n");
        for (CommandLine sub : top.getSubcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            page.append(".SS ").append(escape(s.name())).append('\n');
            synopsis(page, s);
            page.append(".PP\n").append(escape(String.join(" ", s.usageMessage().description()))).append('\n');
            arguments(page, s);
        }
        page.append(".SH EXIT STATUS\n.TP\n0\ndone\n.TP\n1\ndata or file problem (missing data, invalid data, I/O)\n"
                + ".TP\n2\nbad arguments (one line saying what is wrong)\n");
        page.append(".SH ENVIRONMENT\n.TP\nATLAS_DATA, ATLAS_MAP\nanother data folder and map file for the desktop app\n");
        page.append(".SH SEE ALSO\nThe README of Chaord Atlas; \\fBchaord\\-atlas help\\fR \\fICOMMAND\\fR.\n");
        return page.toString();
    }

    private static void synopsis(StringBuilder page, CommandSpec spec) {
        String line = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip();
        page.append(escape(line.replaceAll("\\s+", " "))).append('\n');
    }

    private static void arguments(StringBuilder page, CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                page.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n").append(describe(p));
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            page.append(".TP\n\\fB").append(escape(String.join(", ", o.names()))).append("\\fR");
            if (o.typeInfo().isBoolean() && o.arity().max() == 0) {
                page.append('\n');
            } else {
                page.append("=\\fI").append(escape(o.paramLabel())).append("\\fR\n");
            }
            page.append(describe(o));
        }
    }

    private static String describe(ArgSpec arg) {
        return escape(String.join(" ", arg.description()).replace("${DEFAULT-VALUE}",
                String.valueOf(arg.defaultValue()))) + '\n';
    }

    /** roff: backslashes and hyphens escaped, no line may start with a control character. */
    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s.replace("\n.", "\n\\&.").replace("\n'", "\n\\&'");
    }
}
