package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseAction;
import org.casereview.casework.CaseAccess;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The other ends of a case: the applicant withdraws, or staff close it with a reason. A closed case is read-only
 * until it is reopened with a reason; it then returns to the state it was closed from.
 */
@Service
public class CaseClosure {

    private final CaseAccess access;
    private final ApplicationRepository applications;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseClosure(CaseAccess access, ApplicationRepository applications, CaseHistory history,
                ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.applications = applications;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** The applicant withdrew by phone, letter or e-mail; staff record it. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void recordWithdrawal(long id, long expectedVersion, String reason) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        end(application, CaseAction.WITHDRAW, Text.required(reason, 1000, "how and why the applicant withdrew"),
                me.actorName());
        access.changed(application, me);
    }

    /**
     * The applicant withdrew on the portal. The caller has proved the applicant's identity for this case (the portal's
     * one-time code); nothing else may call this.
     */
    @Transactional
    public void withdrawByApplicant(long applicationId, String reason) {
        Application application = applications.findById(applicationId).orElseThrow(CaseNotFoundException::new);
        application.refuseChangeIfProtected();
        String why = Text.optional(reason, 1000, "the reason");
        end(application, CaseAction.WITHDRAW, why == null ? "Withdrawn online by the applicant"
                : "Withdrawn online by the applicant: " + why, "Applicant (online)");
        application.changedBy("Applicant (online)", clock.instant());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void close(long id, long expectedVersion, String reason) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        end(application, CaseAction.CLOSE, Text.required(reason, 1000, "the reason for closing the case"),
                me.actorName());
        access.changed(application, me);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public ApplicationStatus reopen(long id, long expectedVersion, String reason) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        String why = Text.required(reason, 1000, "the reason for reopening the case");
        if (!application.getStatus().isClosed()) {
            throw new ActionRefusedException("The case is not closed");
        }
        ApplicationStatus before = application.getStatus();
        ApplicationStatus back = application.reopen();
        access.changed(application, me);
        history.record(application.getId(), me.actorName(), "REOPENED", "Case reopened. Reason: " + why);
        history.recordChange(application.getId(), me.actorName(), "STATUS", "Status", before.label(), back.label());
        return back;
    }

    private void end(Application application, CaseAction action, String reason, String actor) {
        long id = java.util.Objects.requireNonNull(application.getId());
        ApplicationStatus before = application.getStatus();
        application.close(action, LocalDate.ofInstant(clock.instant(), org.casereview.DomainConfiguration.UK),
                reason);
        history.record(id, actor, action == CaseAction.WITHDRAW ? "WITHDRAWN" : "CLOSED",
                (action == CaseAction.WITHDRAW ? "Application withdrawn. " : "Case closed. Reason: ") + reason);
        history.recordChange(id, actor, "STATUS", "Status", before.label(), application.getStatus().label());
        events.publishEvent(new ReviewEvents.CaseClosed(id, action == CaseAction.WITHDRAW));
    }
}
