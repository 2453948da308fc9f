/**
 * The command line ({@code export}, {@code status}, {@code validate}), with picocli; headless (no JavaFX class is
 * loaded) and the only code that prints. Exit codes: 0 done, 1 failed, 2 bad arguments.
 */
package org.chaord.atlas.cli;
