package org.casereview.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes docs/performance.md from a run: the machine, the JDK, the database, the data, and each measurement against
 * its goal. Nothing in the file is typed by hand; a section of notes passed in says what the figures mean.
 */
final class PerformanceReport {

    private final List<String> lines = new ArrayList<>();

    PerformanceReport(String title) {
        lines.add("# " + title);
        lines.add("");
        lines.add("Written by the benchmark (`./mvnw -Pbenchmark verify`) on "
                + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK))
                + ". Do not edit: run it again.");
        lines.add("");
    }

    PerformanceReport section(String heading) {
        lines.add("## " + heading);
        lines.add("");
        return this;
    }

    PerformanceReport paragraph(String text) {
        lines.add(text);
        lines.add("");
        return this;
    }

    PerformanceReport table(List<String> header, List<List<String>> rows) {
        lines.add("| " + String.join(" | ", header) + " |");
        lines.add("|" + " --- |".repeat(header.size()));
        rows.forEach(row -> lines.add("| " + String.join(" | ", row) + " |"));
        lines.add("");
        return this;
    }

    PerformanceReport code(String text) {
        lines.add("```");
        lines.addAll(text.lines().toList());
        lines.add("```");
        lines.add("");
        return this;
    }

    /** The machine and the JDK this run had. */
    PerformanceReport machine() {
        Runtime runtime = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return table(List.of("", ""), List.of(
                List.of("Processor", cpu() + " × " + runtime.availableProcessors() + " cores"),
                List.of("Memory", memory()),
                List.of("Load average when the run started", String.format(Locale.UK, "%.1f", load)),
                List.of("Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")"),
                List.of("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")"),
                List.of("JVM heap", runtime.maxMemory() / (1024 * 1024) + " MB")));
    }

    PerformanceReport measurements(List<Measurement> measurements) {
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            rows.add(List.of(m.name(), m.what(), ms(m.goalMillis()), ms(m.median()), ms(m.p95()), ms(m.p99()),
                    ms(m.min()), ms(m.max()), String.valueOf(m.millis().size()), m.met() ? "met" : "**missed**"));
        }
        return table(List.of("measure", "what", "goal", "median", "p95", "p99", "min", "max", "runs", "goal"),
                rows);
    }

    /** Each measure beside its floor and the ratio of their medians. */
    PerformanceReport comparisons(List<Comparison> comparisons) {
        List<List<String>> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            Measurement m = c.measure();
            rows.add(List.of(m.name(), m.what(), ms(m.goalMillis()), ms(m.median()), ms(m.p95()), ms(m.p99()),
                    String.valueOf(m.millis().size()), c.floor().name().replaceFirst("^Floor: ", "") + " ("
                            + c.floor().what() + "): median " + ms(c.floor().median()) + ", p95 "
                            + ms(c.floor().p95()), String.format(Locale.UK, "× %.1f", c.ratio()),
                    m.met() ? "met" : "**missed**"));
        }
        return table(List.of("measure", "what", "goal", "median", "p95", "p99", "runs", "floor", "ratio", "goal"),
                rows);
    }

    /** Rates, each beside its floor's rate at the same number of threads; a goal is a least fraction of it. */
    PerformanceReport throughputs(List<SubmissionBenchmark.Throughput> measures,
                                  List<SubmissionBenchmark.Throughput> floors, double leastFraction) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            SubmissionBenchmark.Throughput t = measures.get(i);
            SubmissionBenchmark.Throughput floor = floors.get(i);
            double fraction = t.perSecond() / floor.perSecond();
            rows.add(throughput(t, t.name(), String.format(Locale.UK, "%.0f", floor.perSecond()),
                    String.format(Locale.UK, "%.2f", fraction), fraction >= leastFraction ? "met" : "**missed**"));
        }
        for (SubmissionBenchmark.Throughput floor : floors) {
            rows.add(throughput(floor, floor.name() + " (the floor)", "", "", ""));
        }
        return table(List.of("how", "threads", "rounds × applications", "per second (median round)",
                "lowest – highest round", "statements each", "row-lock wait each", "floor per second",
                "share of the floor", "goal"), rows);
    }

    private static List<String> throughput(SubmissionBenchmark.Throughput t, String name, String floor,
                                           String share, String goal) {
        return List.of(name, String.valueOf(t.threads()), t.rounds().size() + " × " + t.applicationsEach(),
                String.format(Locale.UK, "%.0f", t.perSecond()),
                String.format(Locale.UK, "%.0f – %.0f", t.lowest(), t.highest()),
                String.format(Locale.UK, "%.1f", t.statementsEach()), ms(t.lockWaitMillisEach()), floor, share, goal);
    }

    PerformanceReport sessionMemory(PortalBenchmark.SessionMemory memory, double goalKb) {
        return table(List.of("sessions opened", "heap after GC before", "heap after GC with them", "per session",
                "goal", ""), List.of(List.of(String.valueOf(memory.sessions()), memory.baselineKb() + " KB",
                memory.withSessionsKb() + " KB", String.format(Locale.UK, "%.0f KB", memory.perSessionKb()),
                String.format(Locale.UK, "%.0f KB", goalKb), memory.perSessionKb() <= goalKb ? "met" : "**missed**")));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.join("\n", lines).strip() + "\n");
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.UK, "%,.0f ms", millis)
                : String.format(Locale.UK, "%.1f ms", millis);
    }

    private static String cpu() {
        try (Stream<String> info = Files.lines(Path.of("/proc/cpuinfo"))) {
            return info.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown processor");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        try (Stream<String> info = Files.lines(Path.of("/proc/meminfo"))) {
            return info.filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GB")
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
