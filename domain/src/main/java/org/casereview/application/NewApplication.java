package org.casereview.application;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant gives us, from the portal or taken down by staff.
 *
 * @param submissionKey a key the form chooses once, so that submitting twice (a double click, a retry after a
 *                      dropped connection) stores one application
 */
public record NewApplication(
        String partnershipCode,
        Channel channel,
        ApplicantType applicantType,
        Applicant applicant,
        ContactMethod preferredContact,
        boolean consentToShare,
        List<NewIncident> incidents,
        @Nullable String submissionKey) {

    public NewApplication {
        incidents = List.copyOf(incidents);
    }

    /** The person applying; nobody applies anonymously. */
    public record Applicant(String name, @Nullable String address, @Nullable String postcode,
                            @Nullable String phone, @Nullable String email) {
    }

    /** One report of anti-social behaviour to an agency. */
    public record NewIncident(@Nullable LocalDate occurredOn, @Nullable LocalDate reportedOn,
                              @Nullable Agency reportedTo, @Nullable String reportedToOther,
                              @Nullable String agencyReference, String description) {
    }
}
