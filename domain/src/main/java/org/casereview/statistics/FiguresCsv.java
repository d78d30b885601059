package org.casereview.statistics;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The figures as a CSV file (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the characters right): a few
 * lines saying what the figures are for, then one line per figure.
 */
public final class FiguresCsv {

    private FiguresCsv() {
    }

    public static byte[] csv(Figures figures) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "Partnerships", figures.areas().stream().map(ReportingArea::name).collect(Collectors.joining("; ")));
        line(csv, "Period", figures.period().label());
        line(csv, "From", figures.period().from().toString());
        line(csv, "To", figures.period().to().toString());
        line(csv, "Figures as at", figures.asOf().format(DateTimeFormatter.ISO_LOCAL_DATE));
        line(csv, "Summary", FiguresProse.summary(figures));
        csv.append("\r\n");
        line(csv, "Section", "Measure", "Count");
        for (FiguresTable.Row row : FiguresTable.rows(figures)) {
            line(csv, row.section(), row.measure(), String.valueOf(row.count()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file name such as "case-review-figures-2025-26-sevenoaks.csv". */
    public static String fileName(Figures figures, String extension) {
        String areas = figures.areas().size() == 1 ? figures.areas().getFirst().code()
                : figures.areas().size() + "-partnerships";
        return ("case-review-figures-" + figures.period().shortLabel() + "-" + areas)
                .toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-") + "." + extension;
    }

    private static void line(StringBuilder csv, String... values) {
        csv.append(List.of(values).stream().map(FiguresCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when needed; a text a spreadsheet would run as a formula is made plain text. */
    private static String field(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")
                ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
