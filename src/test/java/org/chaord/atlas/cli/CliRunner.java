package org.chaord.atlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line inside the test and keeps what it printed on each stream, as a user would read it. */
final class CliRunner {

    private String out = "";
    private String err = "";

    /** Runs {@code atlas args…}; returns the exit code. */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = AtlasCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** What the last run printed on standard output. */
    String out() {
        return out;
    }

    /** What the last run printed on standard error. */
    String err() {
        return err;
    }
}
