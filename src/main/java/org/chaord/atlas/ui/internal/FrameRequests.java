package org.chaord.atlas.ui.internal;

/**
 * Where derived state is recomputed: a request runs its work once at the next frame, however many requests came
 * before it (several property changes in one event make one new scene and one paint). Tests without a stage use
 * {@link #IMMEDIATE}.
 */
@FunctionalInterface
public interface FrameRequests {

    /** Runs every request at once (view-model tests, no toolkit). */
    FrameRequests IMMEDIATE = work -> work.run();

    /** Asks for {@code work} to run at the next frame; repeated requests for the same work before it runs merge. */
    void request(Runnable work);

    /** Runs the waiting work now rather than at the next frame (nothing to do when requests run at once). */
    default void runPending() {
    }
}
