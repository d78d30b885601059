package org.casereview.casework;

import org.casereview.ActionRefusedException;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.Incident;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffMember;
import org.casereview.staff.StaffRole;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.ThresholdPolicy;
import org.casereview.threshold.ThresholdWording;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finding cases and the everyday changes to them. Reading is open to case officers, managers and panel members
 * (who see reviews only); changing is for case officers and managers. Every change names the version of the case
 * the member of staff saw, and is refused if someone else has saved the case since.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
public class CaseworkService {

    private static final int REASON_MAX = 500;
    private static final int REPORTER_MAX = 200;
    private static final int NOTE_MAX = 1000;

    private final CaseAccess access;
    private final CaseSearch search;
    private final ApplicationRepository applications;
    private final CaseLinkRepository links;
    private final StaffAccountRepository accounts;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    CaseworkService(CaseAccess access, CaseSearch search, ApplicationRepository applications, CaseLinkRepository links,
                    StaffAccountRepository accounts, CaseHistory history, ApplicationEventPublisher events) {
        this.access = access;
        this.search = search;
        this.applications = applications;
        this.links = links;
        this.accounts = accounts;
        this.history = history;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<CaseRow> search(CaseFilter filter, Pageable pageable) {
        return search.page(access.staff(), filter, null, access.today(), pageable);
    }

    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return search.count(access.staff(), filter, null, access.today());
    }

    @Transactional(readOnly = true)
    public Page<CaseRow> queue(WorkQueue queue, Pageable pageable) {
        return search.page(access.staff(), CaseFilter.none(), queue, access.today(), pageable);
    }

    @Transactional(readOnly = true)
    public Map<WorkQueue, Long> queueSizes() {
        return search.counts(access.staff(), CaseFilter.none(), access.today());
    }

    /** A case with its clocks, officer, links and history. */
    @Transactional(readOnly = true)
    public CaseFile open(long id) {
        StaffMember staff = access.staff();
        Application application = access.read(id);
        // A group's members are a second list, loaded by a query of their own (not joined with the incidents).
        application.getGroupMembers().size();
        LocalDate today = access.today();
        CaseClock acknowledgement = CaseClock.of(CaseClock.ACKNOWLEDGE, application.getAcknowledgementDue(),
                application.getAcknowledgedOn(), today, calendar);
        CaseClock decision = CaseClock.of(CaseClock.DECIDE, application.getDecisionDue(), application.getDecidedOn(),
                today, calendar);
        StaffMember officer = officer(application.getAssignedOfficerId());
        return new CaseFile(application, acknowledgement, decision, officer, linksOf(staff, id), history.of(id),
                staff.worksCases());
    }

    /** The people a case can be given to: case officers and managers of its partnership, or county-wide. */
    @Transactional(readOnly = true)
    public List<StaffMember> caseworkersFor(long id) {
        Application application = access.read(id);
        return accounts.findCaseworkers(application.getPartnership().getId()).stream()
                .map(StaffMember::of).filter(StaffMember::worksCases).toList();
    }

    /**
     * Gives the case to a member of staff, or to nobody. A case officer can take a case or give up their own; a
     * manager can give any case to anyone who may work on it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void assign(long id, long expectedVersion, @Nullable Long officerId) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        Long current = application.getAssignedOfficerId();
        if (!me.has(StaffRole.MANAGER)) {
            boolean takingIt = officerId != null && officerId == me.id();
            boolean givingUpOwn = officerId == null && current != null && current == me.id();
            if (!takingIt && !givingUpOwn) {
                throw new ActionRefusedException("Only a manager can give a case to someone else");
            }
        }
        StaffMember officer = null;
        if (officerId != null) {
            officer = officer(officerId);
            if (officer == null || !officer.worksCases()
                    || !officer.covers(Objects.requireNonNull(application.getPartnership().getId()))) {
                throw new ActionRefusedException("That person cannot work on " + application.getPartnership().getName()
                        + " cases");
            }
        }
        if (Objects.equals(current, officerId)) {
            return;
        }
        StaffMember before = officer(current);
        application.assignTo(officerId);
        access.changed(application, me);
        history.recordChange(id, me.actorName(), "ASSIGNED", "Assigned to",
                before == null ? "Nobody" : before.displayName(), officer == null ? "Nobody" : officer.displayName());
    }

    /**
     * Records the acknowledgement of an application that was not acknowledged automatically. By e-mail, the message
     * goes through the outbox with this change; by letter or phone, the officer records that it was done. When the
     * partnership's decision runs from acknowledgement, the decision's due day moves with it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void acknowledge(long id, long expectedVersion, AcknowledgementMethod method, @Nullable String note) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        if (application.getAcknowledgedOn() != null) {
            throw new ActionRefusedException("This application was already acknowledged on "
                    + ThresholdWording.date(application.getAcknowledgedOn()));
        }
        if (application.getStatus() != ApplicationStatus.RECEIVED) {
            throw new ActionRefusedException("Only a received application can be acknowledged");
        }
        if (method == AcknowledgementMethod.EMAIL && application.getApplicantEmail() == null) {
            throw new ActionRefusedException("The applicant gave no e-mail address: acknowledge by letter or phone");
        }
        if (method == AcknowledgementMethod.LETTER && application.getApplicantAddress() == null) {
            throw new ActionRefusedException("The applicant gave no postal address: acknowledge by e-mail or phone");
        }
        String cleanNote = clean(note, NOTE_MAX, "The note");
        LocalDate today = access.today();
        ThresholdPolicy policy = application.getPartnership().policy();
        LocalDate oldDecisionDue = application.getDecisionDue();
        LocalDate newDecisionDue = policy.decisionFrom() == DecisionClock.ACKNOWLEDGEMENT
                ? CaseDeadlines.forApplication(policy, calendar, application.getChannel().isOnline(),
                        application.getReceivedOn(), today).decisionDue()
                : oldDecisionDue;
        LocalDate due = application.getAcknowledgementDue();
        ApplicationStatus oldStatus = application.getStatus();

        application.acknowledgeBy(method, today, newDecisionDue);
        access.changed(application, me);

        String actor = me.actorName();
        history.record(id, actor, "ACKNOWLEDGED", "Acknowledged by " + method.label().toLowerCase(Locale.UK)
                + (today.isAfter(due) ? ", late (it was due " + ThresholdWording.date(due) + ")" : "")
                + switch (method) {
                    case EMAIL -> "; e-mail queued to the applicant";
                    case LETTER -> "; letter added to the print queue";
                    case PHONE -> "";
                }
                + (cleanNote == null ? "" : ". Note: " + cleanNote));
        history.recordChange(id, actor, "STATUS", "Status", oldStatus.label(), application.getStatus().label());
        history.recordChange(id, actor, "DEADLINE", "Decision due", ThresholdWording.date(oldDecisionDue),
                ThresholdWording.date(newDecisionDue));
        events.publishEvent(new ApplicationAcknowledged(id, application.getReference(), method));
    }

    /**
     * Adds an incident an agency reported that the applicant did not list. It is checked as the portal checks the
     * applicant's own, and counts in the threshold assessment like them.
     *
     * @param reporterName who made the report, when it was not the applicant; null for the applicant
     * @throws InvalidApplicationException with every problem found, when nothing was saved
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void addIncident(long id, long expectedVersion, NewApplication.NewIncident incident,
                            @Nullable String reporterName) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        if (application.getStatus().isDecided()) {
            throw new ActionRefusedException("The threshold has been decided: incidents can no longer be added");
        }
        List<ValidationProblem> problems = new ArrayList<>(
                ApplicationValidator.validateIncident(incident, "", access.today()));
        if (reporterName != null && reporterName.strip().length() > REPORTER_MAX) {
            problems.add(new ValidationProblem("reporterName",
                    "Who made the report must be " + REPORTER_MAX + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        Incident added = application.addAgencyIncident(incident, reporterName, me.actorName(), access.now());
        access.changed(application, me);
        history.record(id, me.actorName(), "INCIDENT_ADDED", added.label() + " added, reported by an agency: "
                + "happened " + ThresholdWording.date(added.getOccurredOn()) + ", reported to "
                + added.reportedToName() + " on " + ThresholdWording.date(added.getReportedOn())
                + (added.getAgencyReference() == null ? "" : " (reference " + added.getAgencyReference() + ")")
                + (added.getReporterName() == null ? "" : ", by " + added.getReporterName()));
    }

    /** Links this case to another about the same place or people; both cases' histories say so. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void link(long id, long expectedVersion, String otherReference, String reason) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        String wanted = otherReference.strip().toUpperCase(Locale.ROOT);
        Application other = applications.findWithIncidentsByReference(wanted)
                .filter(found -> CaseAccess.maySee(me, found))
                .orElseThrow(() -> new ActionRefusedException("There is no case " + wanted + " that you can see"));
        long otherId = Objects.requireNonNull(other.getId());
        if (otherId == id) {
            throw new ActionRefusedException("A case cannot be linked to itself");
        }
        if (links.existsBetween(id, otherId)) {
            throw new ActionRefusedException("This case is already linked to " + other.getReference());
        }
        String why = clean(reason, REASON_MAX, "The reason");
        if (why == null) {
            throw new ActionRefusedException("Say why the cases are linked, for example \"same address\"");
        }
        links.save(new CaseLink(id, otherId, why, me.actorName(), access.now()));
        access.changed(application, me);
        history.record(id, me.actorName(), "LINKED", "Linked to " + other.getReference() + ": " + why);
        history.record(otherId, me.actorName(), "LINKED", "Linked to " + application.getReference() + ": " + why);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void unlink(long id, long expectedVersion, long linkId) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        CaseLink link = links.findById(linkId)
                .filter(found -> found.getApplicationId() == id || found.getLinkedApplicationId() == id)
                .orElseThrow(() -> new ActionRefusedException("That link has already been removed"));
        long otherId = link.otherThan(id);
        String otherReference = applications.findById(otherId).map(Application::getReference).orElse("another case");
        links.delete(link);
        access.changed(application, me);
        history.record(id, me.actorName(), "UNLINKED", "Link to " + otherReference + " removed");
        history.record(otherId, me.actorName(), "UNLINKED", "Link to " + application.getReference() + " removed");
    }

    private List<LinkedCase> linksOf(StaffMember staff, long id) {
        List<LinkedCase> result = new ArrayList<>();
        for (CaseLink link : links.findAllFor(id)) {
            applications.findById(link.otherThan(id))
                    .filter(other -> CaseAccess.maySee(staff, other))
                    .ifPresent(other -> result.add(new LinkedCase(Objects.requireNonNull(link.getId()),
                            Objects.requireNonNull(other.getId()), other.getReference(), other.getStatus(),
                            link.getReason(), link.getLinkedBy(), link.getLinkedAt())));
        }
        return result;
    }

    private @Nullable StaffMember officer(@Nullable Long officerId) {
        return officerId == null ? null : accounts.findById(officerId).map(StaffMember::of).orElse(null);
    }

    private static @Nullable String clean(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new ActionRefusedException(what + " must be " + max + " characters or fewer");
        }
        return stripped;
    }
}
