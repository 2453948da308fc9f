/**
 * Helpers for every room: {@link org.chaord.atlas.ui.internal.Background}, the application's one background
 * executor (the only place in {@code ui} that makes threads), {@link org.chaord.atlas.ui.internal.UiThreads} (the
 * threads a view-model works with; direct ones for tests), {@link org.chaord.atlas.ui.internal.PulseFrames} (work
 * run once at the next pulse), the playback {@link org.chaord.atlas.ui.internal.Ticker}, control binding,
 * {@link org.chaord.atlas.ui.internal.Subscriptions} (what a window's views follow on the models that outlive it,
 * ended together when the window goes) and images.
 * <p>Threads: {@code Background} runs work on daemon threads made on demand; everything else here is FX thread only.
 */
package org.chaord.atlas.ui.internal;
