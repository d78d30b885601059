package org.casereview.statistics;

import org.jspecify.annotations.Nullable;

/**
 * How a step went against its deadline for the applications counted.
 *
 * @param onTime done on or before the day it was due
 * @param late done after that day
 * @param notDone not done (still to do, or the case ended first)
 * @param overdue of those not done, still to do and past the due day on the day the figures were made
 */
public record Timeliness(long onTime, long late, long notDone, long overdue) {

    public long done() {
        return onTime + late;
    }

    /** The share done on time of those done, in whole per cent; null when none was done. */
    public @Nullable Integer percentOnTime() {
        return done() == 0 ? null : (int) Math.round(100.0 * onTime / done());
    }
}
