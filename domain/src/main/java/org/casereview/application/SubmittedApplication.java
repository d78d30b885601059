package org.casereview.application;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the applicant is told once their application is stored: the reference and the dates that follow. */
public record SubmittedApplication(String reference, String partnershipName, String csuPhone, String csuEmail,
                                   LocalDate receivedOn, @Nullable LocalDate acknowledgedOn,
                                   LocalDate acknowledgementDue, LocalDate decisionDue) {

    static SubmittedApplication of(Application application) {
        var partnership = application.getPartnership();
        return new SubmittedApplication(application.getReference(), partnership.getName(), partnership.getCsuPhone(),
                partnership.getCsuEmail(), application.getReceivedOn(), application.getAcknowledgedOn(),
                application.getAcknowledgementDue(), application.getDecisionDue());
    }
}
