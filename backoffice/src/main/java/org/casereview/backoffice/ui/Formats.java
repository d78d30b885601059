package org.casereview.backoffice.ui;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.casereview.DomainConfiguration.UK;

/** Dates as staff read them: "4 Mar 2026", "4 Mar 2026, 14:05". */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UK);

    private Formats() {
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }
}
