package org.casereview.application;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * How an application that was not made online reached the Community Safety Unit, as the member of staff who
 * records it says: the day it arrived (the deadlines and the threshold's six months run from it, even when it is
 * recorded days later) and, when a partner agency received it first, which one.
 *
 * @param receivedOn      the day the call was taken, the letter or e-mail arrived, or the agency forwarded it
 * @param forwardedBy     the agency that forwarded it (channel {@link Channel#PARTNER_AGENCY} only)
 * @param forwardedByName the organisation's name: required for {@link Agency#OTHER}, else optional (for example the
 *                        housing provider's name)
 */
public record Receipt(@Nullable LocalDate receivedOn, @Nullable Agency forwardedBy,
                      @Nullable String forwardedByName) {

    /** Received on that day directly, not through an agency. */
    public static Receipt directly(@Nullable LocalDate receivedOn) {
        return new Receipt(receivedOn, null, null);
    }

    /** The forwarding organisation in words: "Police", or the name given. */
    public @Nullable String forwardedByLabel() {
        if (forwardedBy == null) {
            return null;
        }
        boolean named = forwardedByName != null && !forwardedByName.isBlank();
        if (forwardedBy == Agency.OTHER) {
            return named ? forwardedByName.strip() : Agency.OTHER.label();
        }
        return forwardedBy.label() + (named ? " (" + forwardedByName.strip() + ")" : "");
    }
}
