package org.chaord.atlas.ui;

import org.chaord.atlas.ui.timeline.Playback;

/** Breaks a rule on purpose: the shared view-model package reaching up into a room (ArchitectureTest must catch it). */
public final class RoomReachingFixture {

    private RoomReachingFixture() {
    }

    static boolean playing(Playback playback) {
        return playback.playingProperty().get();
    }
}
