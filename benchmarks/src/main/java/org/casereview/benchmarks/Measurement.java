package org.casereview.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One measured operation: run a few times to warm up (JIT, connection pool, the database's buffer pool), then timed
 * run by run. The operation is told the run's number so that it can vary its input (another partnership, another
 * year) and no two runs in a row ask the database the same question.
 *
 * @param goalMillis the time the median and p95 must stay under
 * @param millis each timed run, in the order run
 */
public record Measurement(String name, String what, double goalMillis, List<Double> millis) {

    public static Measurement of(String name, String what, double goalMillis, int warmUps, int runs,
                                 IntConsumer operation) {
        for (int i = 0; i < warmUps; i++) {
            operation.accept(i);
        }
        List<Double> millis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            operation.accept(warmUps + i);
            millis.add((System.nanoTime() - started) / 1_000_000.0);
        }
        return new Measurement(name, what, goalMillis, List.copyOf(millis));
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double p99() {
        return percentile(99);
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] sorted = sorted();
        return sorted[sorted.length - 1];
    }

    /** Met when the median and the 95th percentile are both under the goal. */
    public boolean met() {
        return median() < goalMillis && p95() < goalMillis;
    }

    /** The nearest-rank percentile. */
    public double percentile(int p) {
        double[] sorted = sorted();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private double[] sorted() {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
