package org.casereview.benchmarks;

/**
 * A measure beside its floor, measured in the same run on the same machine: absolute times drift on a shared
 * machine, the ratio much less.
 *
 * @param floor what the measure cannot be faster than: the same work done the plainest way
 */
record Comparison(Measurement measure, Measurement floor) {

    /** How many times the floor's median the measure's median takes. */
    double ratio() {
        return measure.median() / floor.median();
    }
}
