package org.casereview.casework;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationService;
import org.casereview.application.NewApplication;
import org.casereview.application.Receipt;
import org.casereview.application.SubmittedApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Applications that reach the Community Safety Unit by phone, letter or e-mail, or through a partner agency, typed in
 * by a case officer or manager: checked as the portal checks a resident's, stored with the day they arrived, and left
 * for an officer to acknowledge within the policy's days. Staff of one partnership record only its applications.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
public class IntakeService {

    private final CaseAccess access;
    private final PartnershipRepository partnerships;
    private final ApplicationService applications;
    private final ApplicationRepository repository;

    IntakeService(CaseAccess access, PartnershipRepository partnerships, ApplicationService applications,
                  ApplicationRepository repository) {
        this.access = access;
        this.partnerships = partnerships;
        this.applications = applications;
        this.repository = repository;
    }

    /** A stored application: the case to open, and when it must be acknowledged. */
    public record Recorded(long caseId, String reference, LocalDate acknowledgementDue, LocalDate decisionDue) {
    }

    /** The partnerships this member of staff may record applications for: their own, or all when county-wide. */
    @Transactional(readOnly = true)
    public List<Partnership> partnerships() {
        return partnerships.coveredBy(access.staff().partnershipId());
    }

    /** Today in the UK: the latest day an application can have been received. */
    public LocalDate today() {
        return access.today();
    }

    /**
     * Every problem {@link #record} would find, without storing anything: for a form that cannot send the application
     * yet but shows all its problems at once.
     */
    @Transactional(readOnly = true)
    public List<ValidationProblem> check(NewApplication application, Receipt receipt) {
        return applications.check(application, receipt);
    }

    /**
     * Stores the application; the case history names this member of staff as the one who recorded it.
     *
     * @throws org.casereview.application.InvalidApplicationException with every problem, when nothing was stored
     * @throws ActionRefusedException for a partnership outside this member of staff's area
     */
    @Transactional
    public Recorded record(NewApplication application, Receipt receipt) {
        StaffMember staff = access.staff();
        if (!staff.worksCases()) {
            throw new ActionRefusedException("Only case officers and managers can record an application");
        }
        partnerships.findByCode(application.partnershipCode())
                .filter(partnership -> !staff.covers(Objects.requireNonNull(partnership.getId())))
                .ifPresent(partnership -> {
                    throw new ActionRefusedException("You can record applications only for your own partnership, "
                            + "not for " + partnership.getName());
                });
        SubmittedApplication stored = applications.record(application, receipt, staff.actorName());
        Application saved = repository.findWithIncidentsByReference(stored.reference()).orElseThrow();
        return new Recorded(Objects.requireNonNull(saved.getId()), stored.reference(), stored.acknowledgementDue(),
                stored.decisionDue());
    }
}
