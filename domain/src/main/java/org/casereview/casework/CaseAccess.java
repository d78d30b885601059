package org.casereview.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.casereview.ActionRefusedException;
import org.casereview.DomainConfiguration;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationStatus;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The one way services reach a case for a member of staff: only cases of their partnership (unless county-wide), only
 * reviews for a panel member, and for a change only the version their screen showed. Used by the casework, decision
 * and risk services.
 */
@Component
public class CaseAccess {

    /** The cases a panel member who does not work cases may see. */
    static final Set<ApplicationStatus> REVIEW_STATUSES = Set.of(ApplicationStatus.REVIEW_ACTIVATED,
            ApplicationStatus.REVIEW_HELD, ApplicationStatus.OUTCOME_SENT, ApplicationStatus.SECOND_STAGE_REVIEW);

    private final ApplicationRepository applications;
    private final CurrentStaff currentStaff;
    private final EntityManager entityManager;
    private final Clock clock;

    CaseAccess(ApplicationRepository applications, CurrentStaff currentStaff, EntityManager entityManager,
               Clock clock) {
        this.applications = applications;
        this.currentStaff = currentStaff;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public StaffMember staff() {
        return currentStaff.get();
    }

    /** The case with its incidents and partnership, if this member of staff may see it. */
    @Transactional(readOnly = true)
    public Application read(long id) {
        StaffMember staff = currentStaff.get();
        Application application = applications.findWithIncidentsById(id).orElseThrow(CaseNotFoundException::new);
        if (!maySee(staff, application)) {
            throw new CaseNotFoundException();
        }
        return application;
    }

    /**
     * The case, locked for this transaction, for a change by a member of staff who works cases and whose screen showed
     * {@code expectedVersion}. Two changes at once queue on the lock; the second then finds a newer version and is
     * refused, so nothing the first saved is overwritten.
     *
     * @throws org.casereview.application.CaseChangedException when someone else saved the case since
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Application change(long id, long expectedVersion) {
        StaffMember staff = currentStaff.get();
        if (!staff.worksCases()) {
            throw new ActionRefusedException("Only case officers and managers can change a case");
        }
        Application application = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !maySee(staff, application)) {
            throw new CaseNotFoundException();
        }
        application.refuseChangeIfProtected();
        application.checkVersion(expectedVersion);
        return application;
    }

    /**
     * Like {@link #change}, for the review steps a panel member may record too (the panel's findings, recommendations
     * and action plan, a second-stage decision): case officers, managers, or panel members of the case's partnership.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Application changeAsPanel(long id, long expectedVersion) {
        StaffMember staff = currentStaff.get();
        if (!staff.worksCases() && !staff.seesReviewsOnly()) {
            throw new ActionRefusedException("Only case officers, managers and panel members can record this");
        }
        Application application = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !maySee(staff, application)) {
            throw new CaseNotFoundException();
        }
        application.refuseChangeIfProtected();
        application.checkVersion(expectedVersion);
        return application;
    }

    /** Marks the case as changed by this member of staff now: its version moves on for everyone else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Application application, StaffMember by) {
        application.changedBy(by.actorName(), now());
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
    }

    static boolean maySee(StaffMember staff, Application application) {
        if (!staff.worksCases() && !staff.seesReviewsOnly()) {
            return false;
        }
        if (!staff.covers(Objects.requireNonNull(application.getPartnership().getId()))) {
            return false;
        }
        return !staff.seesReviewsOnly() || REVIEW_STATUSES.contains(application.getStatus());
    }
}
