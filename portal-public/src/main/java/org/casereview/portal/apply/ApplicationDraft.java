package org.casereview.portal.apply;

import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The answers a resident has given so far, held on the server between the wizard's steps. */
final class ApplicationDraft {

    @Nullable String partnershipCode;
    @Nullable String partnershipName;
    String name = "";
    String address = "";
    String postcode = "";
    String phone = "";
    String email = "";
    ContactMethod preferredContact = ContactMethod.EMAIL;
    final List<NewApplication.NewIncident> incidents = new ArrayList<>();
    boolean consentToShare;
    /** Chosen once per draft so that a second click on Submit, or a retry, stores one application. */
    final String submissionKey = UUID.randomUUID().toString();

    NewApplication.Applicant applicant() {
        return new NewApplication.Applicant(name, address, postcode, phone, email);
    }

    NewApplication toNewApplication() {
        return new NewApplication(partnershipCode == null ? "" : partnershipCode, Channel.ONLINE, ApplicantType.VICTIM,
                applicant(), preferredContact, consentToShare, incidents, submissionKey);
    }

    static String agencyName(NewApplication.NewIncident incident) {
        Agency agency = incident.reportedTo();
        if (agency == null) {
            return "";
        }
        return agency == Agency.OTHER && incident.reportedToOther() != null ? incident.reportedToOther() : agency.label();
    }
}
