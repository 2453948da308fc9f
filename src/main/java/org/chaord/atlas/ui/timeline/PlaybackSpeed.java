package org.chaord.atlas.ui.timeline;

/** Playback speeds in days of history per second of playing. */
public enum PlaybackSpeed {
    MONTH_PER_SECOND(30.4), QUARTER_PER_SECOND(91.3), YEAR_PER_SECOND(365.25);

    private final double daysPerSecond;

    PlaybackSpeed(double daysPerSecond) {
        this.daysPerSecond = daysPerSecond;
    }

    public double daysPerSecond() {
        return daysPerSecond;
    }
}
