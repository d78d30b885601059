package org.casereview.personaldata;

import org.casereview.DomainConfiguration;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns database rows into what a subject access document lists: every column that holds a value, with a label in
 * words. A column nobody has labelled yet is still listed, under its own name made readable, so a column added later
 * is never left out of an export.
 */
public final class CaseRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(DomainConfiguration.UK);

    /** Keys and bookkeeping: nothing about a person. */
    private static final Set<String> ALWAYS_SKIPPED = Set.of("id", "version", "application_id", "position");

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Set<String> coded = new HashSet<>();
    private final Set<String> skipped = new HashSet<>(ALWAYS_SKIPPED);

    private CaseRows() {
    }

    public static CaseRows columns() {
        return new CaseRows();
    }

    public CaseRows label(String column, String label) {
        labels.put(column, label);
        return this;
    }

    /** A column holding a code from a list (ON_BEHALF_OF_VICTIM, or several separated by commas), shown in words. */
    public CaseRows coded(String column, String label) {
        coded.add(column);
        return label(column, label);
    }

    public CaseRows skip(String... columns) {
        skipped.addAll(List.of(columns));
        return this;
    }

    /** The row's values in column order, each labelled; empty values and skipped columns are left out. */
    public List<HeldSection.HeldField> fields(Map<String, Object> row) {
        List<HeldSection.HeldField> fields = new ArrayList<>();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            String name = column.getKey().toLowerCase(Locale.ROOT);
            Object value = column.getValue();
            if (skipped.contains(name) || value == null || value.toString().isBlank()) {
                continue;
            }
            String label = labels.getOrDefault(name, readable(name));
            fields.add(new HeldSection.HeldField(label, coded.contains(name) ? words(value.toString()) : text(value)));
        }
        return fields;
    }

    /**
     * A section with one record per row, each headed by {@code heading} (or not at all if it gives ""); no section
     * when there are no rows.
     */
    public List<HeldSection> section(String title, List<Map<String, Object>> rows,
                                     Function<Map<String, Object>, String> heading) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new HeldSection(title, rows.stream()
                .map(row -> new HeldSection.HeldRecord(heading.apply(row), fields(row))).toList()));
    }

    /** "Incident 2" for the row of position 1: how the screens number things. */
    public static Function<Map<String, Object>, String> numbered(String noun) {
        return row -> noun + " " + (((Number) row.get("position")).intValue() + 1);
    }

    /** Records with no heading of their own. */
    public static Function<Map<String, Object>, String> unheaded() {
        return row -> "";
    }

    /** A value as a person reads it: dates and times in UK style, yes or no, numbers as they are. */
    public static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? "Yes" : "No";
            case LocalDate date -> DATE.format(date);
            case java.sql.Date date -> DATE.format(date.toLocalDate());
            // Times are stored in UTC (as Hibernate writes an Instant) and shown in UK time.
            case Timestamp timestamp -> DATE_TIME.format(timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC));
            case LocalDateTime dateTime -> DATE_TIME.format(dateTime.toInstant(ZoneOffset.UTC));
            case Instant instant -> DATE_TIME.format(instant);
            case BigDecimal number -> number.toPlainString();
            default -> value.toString();
        };
    }

    /** "victim_phone" → "Victim phone". */
    public static String readable(String column) {
        String spaced = column.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "ON_BEHALF_OF_VICTIM" → "On behalf of victim"; "EMAIL,PHONE" → "Email, phone". */
    public static String words(String codes) {
        String joined = List.of(codes.split(",")).stream().map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The instant to write to a DATETIME column, in UTC as Hibernate writes one. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
