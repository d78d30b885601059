package org.casereview.workingdays;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank holiday in England and Wales.
 *
 * @param date the day it is taken
 * @param name the name GOV.UK gives it, e.g. "Christmas Day"
 * @param substituteDay true when it replaces a holiday that fell at a weekend (GOV.UK: "substitute day")
 */
public record BankHoliday(LocalDate date, String name, boolean substituteDay) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A bank holiday needs a name");
        }
    }

    public static BankHoliday of(LocalDate date, String name) {
        return new BankHoliday(date, name, false);
    }

    /** The name as GOV.UK lists it, e.g. "Christmas Day (substitute day)". */
    public String displayName() {
        return substituteDay ? name + " (substitute day)" : name;
    }
}
