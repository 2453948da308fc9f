package org.chaord.atlas.export;

/**
 * Told how an export proceeds, and asked whether to stop. An export that sees {@link #isCancelled()} stops at the next
 * stage with a {@link java.util.concurrent.CancellationException}, leaving any existing target file untouched.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
    };

    /** A stage began: "projecting", "composing", "painting", "writing", "done"; fraction in [0, 1]. */
    default void stage(String name, double fraction) {
    }

    default boolean isCancelled() {
        return false;
    }
}
