package org.chaord.atlas.cli;

import java.io.PrintWriter;

/**
 * Print streams swallow write errors; this turns one into exit code 1 with a message, so {@code status > /dev/full}
 * (a full disk, a closed pipe) never reports success for output that was not written.
 */
final class OutputCheck {

    private OutputCheck() {
    }

    static int exitCode(int code, boolean outputFailed, PrintWriter err) {
        if (!outputFailed) {
            return code;
        }
        err.println("error: cannot write to standard output (disk full or pipe closed?)");
        err.flush();
        return code == AtlasCli.OK ? AtlasCli.FAILED : code;
    }
}
