package org.casereview.applicantaccess;

import org.casereview.application.ApplicationStatus;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as its applicant sees it on the portal: where it stands, what has happened (oldest first), what happens next,
 * and what they may do now. Built only from what the applicant told us and what they were told.
 *
 * @param unit                  the partnership's Community Safety Unit, whom to contact
 * @param waitingSecondStage    a second-stage review asked for and not yet decided, if any
 * @param secondStageAllowed    a second-stage review may be asked for now (there is a decision or an outcome)
 * @param withdrawAllowed       the application may be withdrawn now
 * @param contactChangeAllowed  contact details may be changed (not on a closed or withdrawn case)
 */
public record ApplicantCase(
        String reference,
        String applicantName,
        ApplicationStatus status,
        Unit unit,
        List<Milestone> timeline,
        NextStep nextStep,
        Milestone.@Nullable SecondStageRequested waitingSecondStage,
        boolean secondStageAllowed,
        boolean withdrawAllowed,
        boolean contactChangeAllowed,
        ContactDetails contact,
        LocalDate today) {

    /** The Community Safety Unit's name and how to reach it. */
    public record Unit(String name, String phone, String email, String address) {
    }
}
