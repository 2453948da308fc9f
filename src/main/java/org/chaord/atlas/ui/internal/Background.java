package org.chaord.atlas.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The application's one background executor: loading and projecting the data, reprojecting, export previews and
 * exports all run here, never on the FX thread. Its threads are daemons (closing the window ends the app even while
 * an export runs; an export's temporary file is removed by the export itself) and are created on demand, so a long
 * export does not hold up a preview. It exists before the JavaFX toolkit, so loading can start first.
 */
public final class Background {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadFactory DAEMONS = r -> {
        Thread t = new Thread(r, "atlas-background-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    };
    private static final ExecutorService POOL = Executors.newCachedThreadPool(DAEMONS);

    private Background() {
    }

    /** The executor itself, for work handed over as a {@link Runnable} (e.g. a JavaFX {@code Task}). */
    public static Executor executor() {
        return POOL;
    }

    /** Runs {@code work} in the background; the future completes with its result or its exception. */
    public static <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, POOL);
    }
}
