package dev.sextant.engine.live;

import java.time.Instant;

/**
 * Where a replay is, for a toolbar: the replay time (the end of the last minute played, moving on between minutes
 * at the replay's speed), the speed, whether it is paused or finished, and the minutes played of all.
 */
public record ReplayClock(Instant time, double speed, boolean paused, boolean finished, int minutesPlayed,
        int minutes) {
}
