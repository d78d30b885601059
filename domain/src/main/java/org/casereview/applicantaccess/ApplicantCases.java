package org.casereview.applicantaccess;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.casereview.DomainConfiguration;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.CaseAction;
import org.casereview.application.CaseLifecycle;
import org.casereview.application.ContactMethod;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.decision.ThresholdDecision;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.casereview.partnership.Partnership;
import org.casereview.review.CaseClosure;
import org.casereview.review.DelayNotice;
import org.casereview.review.DelayNoticeRepository;
import org.casereview.review.FinalReview;
import org.casereview.review.FinalReviewRepository;
import org.casereview.review.PanelMeetingRepository;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageReviewRepository;
import org.casereview.review.SecondStageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an applicant sees of their case on the portal and may do with it. Every method takes the applicant's
 * {@link ApplicantPass}, never a case id, checks it is still live, and reaches only that case.
 */
@Service
public class ApplicantCases {

    private final ApplicantAccess access;
    private final ApplicantLookup lookup;
    private final EntityManager entityManager;
    private final PanelMeetingRepository panels;
    private final DelayNoticeRepository delays;
    private final FinalReviewRepository finalReviews;
    private final SecondStageReviewRepository secondStages;
    private final SecondStageService secondStage;
    private final CaseClosure closure;
    private final CaseHistory history;
    private final Clock clock;

    ApplicantCases(ApplicantAccess access, ApplicantLookup lookup, EntityManager entityManager,
                   PanelMeetingRepository panels, DelayNoticeRepository delays, FinalReviewRepository finalReviews,
                   SecondStageReviewRepository secondStages, SecondStageService secondStage, CaseClosure closure,
                   CaseHistory history, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.entityManager = entityManager;
        this.panels = panels;
        this.delays = delays;
        this.finalReviews = finalReviews;
        this.secondStages = secondStages;
        this.secondStage = secondStage;
        this.closure = closure;
        this.history = history;
        this.clock = clock;
    }

    /** The case as its applicant sees it now. */
    @Transactional(readOnly = true)
    public ApplicantCase open(ApplicantPass pass) {
        access.confirm(pass);
        long id = pass.applicationId();
        // An anonymised case names nobody: there is nothing left for an applicant to see.
        Application application = lookup.findWithPartnershipById(id).filter(a -> !a.isAnonymised())
                .orElseThrow(AccessEndedException::new);
        LocalDate today = today();
        List<SecondStageReview> appeals = secondStages.findByApplicationIdOrderByRequestedOnAscIdAsc(id);
        Partnership partnership = application.getPartnership();
        ApplicationStatus status = application.getStatus();
        return new ApplicantCase(application.getReference(), application.getApplicantName(), status,
                new ApplicantCase.Unit(partnership.getName(), partnership.getCsuPhone(), partnership.getCsuEmail(),
                        partnership.getCsuAddress()),
                timeline(application, appeals), nextStep(application, today),
                appeals.stream().filter(appeal -> !appeal.isDecided()).findFirst().map(ApplicantCases::requested)
                        .orElse(null),
                SecondStageService.canBeRequested(status), CaseLifecycle.allows(status, CaseAction.WITHDRAW),
                !status.isClosed(), contactOf(application), today);
    }

    /**
     * Oldest first. Steps of one day go in the order the process takes them (an appeal after the decision or the
     * outcome it is about, a review after the appeal that started it); closing and reopening in the order they
     * happened.
     */
    private List<Milestone> timeline(Application application, List<SecondStageReview> appeals) {
        long id = Objects.requireNonNull(application.getId());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(new Milestone.Received(application.getReceivedOn(), application.getChannel()), 0));
        if (application.getAcknowledgedOn() != null) {
            steps.add(new Step(new Milestone.Acknowledged(application.getAcknowledgedOn()), 1));
        }
        for (ThresholdDecision decision : thresholdDecisions(id)) {
            steps.add(new Step(new Milestone.ThresholdDecided(decision.getDecidedOn(), decision.getOutcome(),
                    decision.getResidentText()), 2));
        }
        for (SecondStageReview appeal : appeals) {
            // An appeal against a threshold decision comes before any review; one about the outcome after it.
            boolean aboutOutcome = appeal.getAppealedFrom() == ApplicationStatus.OUTCOME_SENT;
            steps.add(new Step(requested(appeal), aboutOutcome ? 10 : 3));
            if (appeal.isDecided() && appeal.getDecidedOn() != null && appeal.getDecision() != null) {
                steps.add(new Step(new Milestone.SecondStageDecided(appeal.getDecidedOn(), appeal.getDecision(),
                        Objects.requireNonNullElse(appeal.getDecisionReasons(), "")), aboutOutcome ? 11 : 4));
            }
        }
        List<CaseEvent> events = history.of(id);
        for (CaseEvent event : events) {
            if ("STATUS".equals(event.getKind())
                    && ApplicationStatus.REVIEW_ACTIVATED.label().equals(event.getNewValue())) {
                steps.add(new Step(new Milestone.ReviewActivated(day(event)), 5));
            }
        }
        panels.findByApplicationId(id).ifPresent(panel -> steps.add(new Step(new Milestone.PanelMet(
                panel.getHeldOn()), 6)));
        for (DelayNotice notice : delays.findByApplicationIdOrderBySentOnAscIdAsc(id)) {
            steps.add(new Step(new Milestone.DelayNotified(notice.getSentOn(), notice.getNewDue(),
                    notice.getReason()), 7));
        }
        if (application.getOutcomeSentOn() != null) {
            steps.add(new Step(new Milestone.OutcomeSent(application.getOutcomeSentOn()), 8));
        }
        for (FinalReview review : finalReviews.findByApplicationIdOrderByReviewedOnAscIdAsc(id)) {
            steps.add(new Step(new Milestone.FinalReviewed(review.getReviewedOn(), review.getResult(),
                    review.getNextReviewDue()), 9));
        }
        for (CaseEvent event : events) {
            Milestone ending = switch (event.getKind()) {
                case "WITHDRAWN" -> new Milestone.Withdrawn(day(event));
                // A final review that closes the case says so itself.
                case "CLOSED" -> new Milestone.Closed(day(event));
                case "REOPENED" -> new Milestone.Reopened(day(event));
                // the rest of the history is staff's working record, not the applicant's
                default -> null;
            };
            if (ending != null) {
                steps.add(new Step(ending, 12));
            }
        }
        // A stable sort: steps of one day and one rank stay in the order they were added (the history's).
        steps.sort(Comparator.comparing((Step step) -> step.milestone().on()).thenComparingInt(Step::rank));
        return steps.stream().map(Step::milestone).toList();
    }

    /** A milestone and where it goes among those of the same day. */
    private record Step(Milestone milestone, int rank) {
    }

    private static Milestone.SecondStageRequested requested(SecondStageReview appeal) {
        return new Milestone.SecondStageRequested(appeal.getRequestedOn(), appeal.getAbout(), appeal.getReasons(),
                appeal.getRequestedVia() == SecondStageReview.Via.PORTAL);
    }

    private List<ThresholdDecision> thresholdDecisions(long applicationId) {
        return entityManager.createQuery("select d from ThresholdDecision d where d.applicationId = :id "
                        + "order by d.decidedAt", ThresholdDecision.class)
                .setParameter("id", applicationId).getResultList();
    }

    static NextStep nextStep(Application application, LocalDate today) {
        return switch (application.getStatus()) {
            case RECEIVED -> due(NextStep.Step.ACKNOWLEDGEMENT, application.getAcknowledgementDue(), today);
            case ACKNOWLEDGED -> due(NextStep.Step.THRESHOLD_DECISION, application.getDecisionDue(), today);
            case REVIEW_ACTIVATED, REVIEW_HELD -> due(NextStep.Step.OUTCOME, application.outcomeDue(), today);
            case OUTCOME_SENT -> due(NextStep.Step.FINAL_REVIEW, application.getFinalReviewDue(), today);
            case SECOND_STAGE_REVIEW -> new NextStep(NextStep.Step.SECOND_STAGE_DECISION, null, false);
            case THRESHOLD_NOT_MET, EXCLUDED -> new NextStep(NextStep.Step.DECIDED_AGAINST, null, false);
            case CLOSED, WITHDRAWN -> new NextStep(NextStep.Step.NONE, null, false);
        };
    }

    private static NextStep due(NextStep.Step step, @Nullable LocalDate due, LocalDate today) {
        return new NextStep(step, due, due != null && today.isAfter(due));
    }

    private static ContactDetails contactOf(Application application) {
        return new ContactDetails(application.getApplicantEmail(), application.getApplicantPhone(),
                application.getApplicantAddress(), application.getApplicantPostcode(),
                new NewApplication.ContactPreferences(application.getContactChannels(),
                        application.getSafeContactTimes(), application.getLettersSafe(),
                        application.getVoicemailSafe(), application.getAccessibleFormats(),
                        application.getAccessibleFormatsOther(), application.isInterpreterNeeded(),
                        application.getPreferredLanguage()));
    }

    /**
     * Asks for a second-stage review of the applicant's case. The acknowledgement to the applicant follows from the
     * domain's {@code SecondStageRequested} event.
     *
     * @throws org.casereview.ActionRefusedException when the case's state does not allow one now
     */
    @Transactional
    public SecondStageReview askForSecondStage(ApplicantPass pass, SecondStageReview.About about, String reasons) {
        access.confirm(pass);
        return secondStage.requestByApplicant(pass.applicationId(), about, reasons);
    }

    /**
     * Withdraws the application.
     *
     * @param reason optional, in the applicant's words
     * @throws org.casereview.ActionRefusedException when the case is already closed or withdrawn
     */
    @Transactional
    public void withdraw(ApplicantPass pass, @Nullable String reason) {
        access.confirm(pass);
        closure.withdrawByApplicant(pass.applicationId(), reason == null ? "" : reason);
    }

    /**
     * Changes how to reach the applicant, with the application form's own checks (and its messages in the
     * applicant's language), and records each changed value in the case's history as changed by the applicant.
     * The preferred way is the first of the ways chosen, as on the application form.
     *
     * @throws InvalidApplicationException with every problem found, when nothing was changed
     * @throws org.casereview.ActionRefusedException when the case is closed or withdrawn
     */
    @Transactional
    public void changeContact(ApplicantPass pass, ContactDetails change, Locale locale) {
        access.confirm(pass);
        Application application = entityManager.find(Application.class, pass.applicationId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new AccessEndedException();
        }
        if (application.getStatus().isClosed()) {
            throw new org.casereview.ActionRefusedException("The case is closed: contact details cannot be changed");
        }
        application.refuseChangeIfProtected();
        NewApplication.Applicant person = new NewApplication.Applicant(application.getApplicantName(),
                change.address(), change.postcode(), change.phone(), change.email());
        List<ValidationProblem> problems = new ArrayList<>(ApplicationValidator.validatePerson(person, "",
                ApplicationValidator.Subject.APPLICANT, null, locale));
        problems.addAll(ApplicationValidator.validateContactPreferences(change.preferences(), person, true, locale));
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        Map<String, @Nullable String> before = contactValues(application);
        ContactMethod preferred = change.preferences().channels().stream().findFirst()
                .orElse(application.getPreferredContact());
        application.changeApplicantContact(change.email(), change.phone(), change.address(), change.postcode(),
                change.preferences(), preferred);
        long id = pass.applicationId();
        String actor = ApplicantAccess.ACTOR;
        contactValues(application).forEach((field, now) -> history.recordChange(id, actor, "CONTACT", field,
                before.get(field), now));
        application.changedBy(actor, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DomainConfiguration.UK));
    }

    private static LocalDate day(CaseEvent event) {
        return LocalDate.ofInstant(event.getOccurredAt(), DomainConfiguration.UK);
    }

    /** The contact values as the history shows them, field by field, to record each one that changed. */
    private static Map<String, @Nullable String> contactValues(Application a) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put("E-mail", a.getApplicantEmail());
        values.put("Phone", a.getApplicantPhone());
        values.put("Address", a.getApplicantAddress());
        values.put("Postcode", a.getApplicantPostcode());
        values.put("Prefers contact by", a.getPreferredContact().label());
        values.put("Ways to contact", a.getContactChannels().isEmpty() ? null : EnumSet.copyOf(a.getContactChannels())
                .stream().map(ContactMethod::label).collect(Collectors.joining(", ")));
        values.put("Safe times", a.getSafeContactTimes());
        values.put("Letters safe", a.getLettersSafe() == null ? null : a.getLettersSafe().label());
        values.put("Voicemail safe", a.getVoicemailSafe() == null ? null : a.getVoicemailSafe().label());
        values.put("Formats", a.getAccessibleFormats().isEmpty() ? null : EnumSet.copyOf(a.getAccessibleFormats())
                .stream().map(f -> f == AccessibleFormat.OTHER && a.getAccessibleFormatsOther() != null
                        ? a.getAccessibleFormatsOther() : f.label())
                .collect(Collectors.joining(", ")));
        values.put("Interpreter or language", a.isInterpreterNeeded() ? "Yes: " + a.getPreferredLanguage() : "No");
        return values;
    }
}
