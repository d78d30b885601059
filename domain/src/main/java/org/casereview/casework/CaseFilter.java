package org.casereview.casework;

import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the case list is narrowed to. Every part is optional.
 *
 * @param search a reference, name, postcode, phone number, e-mail address or an agency's incident reference
 * @param officerId cases assigned to this member of staff
 * @param unassigned only cases nobody has been given
 * @param decisionDueFrom decision due on or after this day
 * @param decisionDueTo decision due on or before this day
 */
public record CaseFilter(@Nullable String search, @Nullable Long partnershipId, Set<ApplicationStatus> statuses,
                         @Nullable Long officerId, boolean unassigned, @Nullable LocalDate decisionDueFrom,
                         @Nullable LocalDate decisionDueTo, @Nullable Channel channel) {

    public CaseFilter {
        statuses = Set.copyOf(statuses);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, Set.of(), null, false, null, null, null);
    }

    public static CaseFilter search(@Nullable String search) {
        return new CaseFilter(search, null, Set.of(), null, false, null, null, null);
    }
}
