package org.casereview.application;

import org.casereview.DomainConfiguration;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Someone else saved the case after this member of staff opened it: their change is refused so that nothing the
 * other person saved is overwritten. The message says who and when, and what to do.
 */
public class CaseChangedException extends RuntimeException {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK).withZone(DomainConfiguration.UK);

    public CaseChangedException(String reference, @Nullable String changedBy, @Nullable Instant changedAt) {
        super("Case " + reference + " was changed"
                + (changedBy == null ? "" : " by " + changedBy)
                + (changedAt == null ? "" : " on " + WHEN.format(changedAt))
                + " after you opened it. Nothing you entered was saved: reload the case to see the change, "
                + "then try again.");
    }
}
