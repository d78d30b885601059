package org.casereview.applicantaccess;

import org.casereview.application.NewApplication;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the applicant, as they may change it on the portal: their e-mail, phone, postal address and the
 * preferences the application form asked for. Their name is not among them: a change of name goes through the unit.
 */
public record ContactDetails(@Nullable String email, @Nullable String phone, @Nullable String address,
                             @Nullable String postcode, NewApplication.ContactPreferences preferences) {
}
