package org.casereview.decision;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Incident;
import org.casereview.casework.CaseAccess;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffMember;
import org.casereview.threshold.IncidentAssessment;
import org.casereview.threshold.ReportedIncident;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdPolicy;
import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The threshold check on a case: record what each agency confirmed and any exclusion, see the domain's assessment
 * re-run on the confirmed facts, and record the decision. The decision keeps who, when, why and a copy of the policy,
 * moves the case on, and publishes {@link ThresholdDecided} so the applicant is told.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
public class DecisionService {

    private static final int TEXT_MAX = 2000;
    private static final int REASON_MAX = 4000;

    private final CaseAccess access;
    private final IncidentVerificationRepository verifications;
    private final ThresholdExclusionRepository exclusions;
    private final ThresholdDecisionRepository decisions;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;

    DecisionService(CaseAccess access, IncidentVerificationRepository verifications,
                    ThresholdExclusionRepository exclusions, ThresholdDecisionRepository decisions,
                    CaseHistory history, ApplicationEventPublisher events) {
        this.access = access;
        this.verifications = verifications;
        this.exclusions = exclusions;
        this.decisions = decisions;
        this.history = history;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ThresholdReview review(long id) {
        StaffMember staff = access.staff();
        Application application = access.read(id);
        return review(application, staff.worksCases());
    }

    /**
     * Records what the agency said about one incident; the assessment is re-run on it.
     *
     * @param agencyOccurredOn for a different date: the day of the behaviour by the agency's record, if different
     * @param agencyReportedOn for a different date: the day of the report by the agency's record, if different
     * @param agencyAction what the agency did about the report; the not-met reply lists it
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void recordVerification(long id, long expectedVersion, long incidentId, VerificationOutcome outcome,
                                   @Nullable LocalDate agencyOccurredOn, @Nullable LocalDate agencyReportedOn,
                                   @Nullable String agencyAction, @Nullable String notes) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        refuseIfDecided(application);
        Incident incident = application.getIncidents().stream()
                .filter(candidate -> Objects.equals(candidate.getId(), incidentId)).findFirst()
                .orElseThrow(() -> new ActionRefusedException("That incident is not on this case"));
        if (outcome == VerificationOutcome.DIFFERENT_DATE) {
            if (agencyOccurredOn == null && agencyReportedOn == null) {
                throw new ActionRefusedException("Enter the date the agency has: when it happened, when it was "
                        + "reported, or both");
            }
            LocalDate occurred = agencyOccurredOn != null ? agencyOccurredOn : incident.getOccurredOn();
            LocalDate reported = agencyReportedOn != null ? agencyReportedOn : incident.getReportedOn();
            if (reported.isBefore(occurred)) {
                throw new ActionRefusedException("The report cannot be dated before the behaviour happened ("
                        + ThresholdWording.date(occurred) + ")");
            }
            if (occurred.isAfter(access.today()) || reported.isAfter(access.today())) {
                throw new ActionRefusedException("The agency's dates must be today or in the past");
            }
        }
        var existing = verifications.findByIncidentId(incidentId);
        String before = existing.map(DecisionService::describe).orElse("Not checked");
        IncidentVerification verification = existing.orElseGet(() -> new IncidentVerification(incidentId, id));
        verification.record(outcome, agencyOccurredOn, agencyReportedOn, clean(agencyAction, TEXT_MAX, "What the "
                + "agency did"), clean(notes, TEXT_MAX, "The notes"), me.actorName(), access.now());
        verifications.save(verification);
        access.changed(application, me);
        history.recordChange(id, me.actorName(), "VERIFIED", incident.label() + ": " + incident.reportedToName(),
                before, describe(verification));
    }

    /** Records an exclusion: an agency's time-frame not yet expired, or a concern only about one agency's conduct. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void recordExclusion(long id, long expectedVersion, ExclusionKind kind, String agency,
                                @Nullable LocalDate timeframeEndsOn, @Nullable String notes) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        refuseIfDecided(application);
        String agencyName = clean(agency, 120, "The agency");
        if (agencyName == null) {
            throw new ActionRefusedException("Name the agency");
        }
        if (kind == ExclusionKind.AGENCY_TIMEFRAME && timeframeEndsOn == null) {
            throw new ActionRefusedException("Enter the last day of the time-frame the agency gave");
        }
        ThresholdExclusion exclusion = new ThresholdExclusion(id, kind, agencyName,
                kind == ExclusionKind.AGENCY_TIMEFRAME ? timeframeEndsOn : null, clean(notes, TEXT_MAX, "The notes"),
                me.actorName(), access.now());
        exclusions.save(exclusion);
        access.changed(application, me);
        history.record(id, me.actorName(), "EXCLUSION", "Exclusion recorded: " + describe(exclusion));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void removeExclusion(long id, long expectedVersion, long exclusionId) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        refuseIfDecided(application);
        ThresholdExclusion exclusion = exclusions.findById(exclusionId)
                .filter(found -> found.getApplicationId() == id)
                .orElseThrow(() -> new ActionRefusedException("That exclusion has already been removed"));
        exclusions.delete(exclusion);
        access.changed(application, me);
        history.record(id, me.actorName(), "EXCLUSION", "Exclusion removed: " + describe(exclusion));
    }

    /**
     * Records the threshold decision.
     *
     * <ul>
     *     <li>Met: only when the assessment on the confirmed facts is met.</li>
     *     <li>Accepted at discretion: only when it is not met and the policy allows discretion; a reason is
     *     required.</li>
     *     <li>Not met: when it is not met, or, with a reason, when the count is met but the officer finds another
     *     condition is not (the problem has stopped, or it is not anti-social behaviour).</li>
     *     <li>Excluded: only when an exclusion applies.</li>
     * </ul>
     *
     * @param reason why; told to the applicant in a not-met or excluded reply, kept on the case for discretion
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public ThresholdDecision decide(long id, long expectedVersion, DecisionOutcome outcome, @Nullable String reason) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        refuseIfDecided(application);
        if (application.getAcknowledgedOn() == null) {
            throw new ActionRefusedException("Acknowledge the application before recording the decision");
        }
        ThresholdReview review = review(application, true);
        String why = clean(reason, REASON_MAX, "The reason");
        if (!review.allowedOutcomes().contains(outcome)) {
            throw new ActionRefusedException(whyNotAllowed(outcome, review));
        }
        if (why == null && review.reasonRequired().contains(outcome)) {
            throw new ActionRefusedException(outcome == DecisionOutcome.DISCRETION
                    ? "Give the reason for accepting the case at your discretion: the harm, or the victim's "
                            + "vulnerability"
                    : "Give the reason the threshold is not met although enough incidents count");
        }
        ThresholdAssessment assessment = review.assessment();
        LocalDate today = access.today();
        String residentText = String.join("\n\n", DecisionWording.residentParagraphs(outcome, assessment, why));
        ThresholdDecision decision = decisions.save(new ThresholdDecision(id, outcome, assessment.route(), why,
                me.username(), me.displayName(), access.now(), today, application.getRiskLevel(),
                assessment.staffSummary(), residentText, review.policy()));
        ApplicationStatus before = application.getStatus();
        application.thresholdDecided(today, outcome.status());
        access.changed(application, me);
        history.record(id, me.actorName(), "DECIDED", "Threshold decision: " + outcome.label()
                + (why == null ? "" : ". Reason: " + why));
        history.recordChange(id, me.actorName(), "STATUS", "Status", before.label(),
                application.getStatus().label());
        history.record(id, "System", "DECISION_SENT", application.getApplicantEmail() != null
                || application.getApplicantAddress() != null
                ? "Decision message queued for the applicant (by e-mail, or by letter in the print queue, as they asked)"
                : "The applicant gave no e-mail or postal address: tell them the decision by phone");
        events.publishEvent(new ThresholdDecided(id, Objects.requireNonNull(decision.getId()), outcome));
        return decision;
    }

    private ThresholdReview review(Application application, boolean canDecide) {
        long id = Objects.requireNonNull(application.getId());
        ThresholdDecision decision = decisions.findByApplicationId(id).orElse(null);
        ThresholdPolicy policy = decision != null ? decision.policy() : application.getPartnership().policy();
        Map<Long, IncidentVerification> byIncident = verifications.findByApplicationId(id).stream()
                .collect(Collectors.toMap(IncidentVerification::getIncidentId, Function.identity()));
        List<ThresholdExclusion> recorded = exclusions.findByApplicationIdOrderByRecordedAt(id);

        ThresholdAssessment assessment = ConfirmedFacts.assess(application, policy, byIncident, recorded);

        List<IncidentReview> incidents = new ArrayList<>();
        for (int i = 0; i < application.getIncidents().size(); i++) {
            Incident incident = application.getIncidents().get(i);
            IncidentAssessment verdict = assessment.incidents().get(i);
            ReportedIncident used = verdict.incident();
            incidents.add(new IncidentReview(incident, byIncident.get(incident.getId()), verdict,
                    Objects.requireNonNull(used.occurredOn()), Objects.requireNonNull(used.reportedOn()),
                    verdict.reasons().stream().map(reason -> ThresholdWording.label(reason, policy)).toList(),
                    verdict.qualifies() ? null : ThresholdWording.notCountedSentence(assessment, verdict)));
        }

        Set<DecisionOutcome> allowed = EnumSet.noneOf(DecisionOutcome.class);
        Set<DecisionOutcome> reasonRequired = EnumSet.of(DecisionOutcome.DISCRETION);
        boolean open = decision == null && application.getStatus() == ApplicationStatus.ACKNOWLEDGED;
        if (open) {
            switch (assessment.outcome()) {
                case MET -> {
                    allowed.add(DecisionOutcome.MET);
                    allowed.add(DecisionOutcome.NOT_MET);
                    reasonRequired.add(DecisionOutcome.NOT_MET);
                }
                case NOT_MET -> {
                    allowed.add(DecisionOutcome.NOT_MET);
                    if (assessment.discretionAvailable()) {
                        allowed.add(DecisionOutcome.DISCRETION);
                    }
                }
                case EXCLUDED -> allowed.add(DecisionOutcome.EXCLUDED);
            }
        }
        return new ThresholdReview(application, policy, assessment, incidents, recorded,
                ConfirmedFacts.declaredByApplicant(application), decision, allowed, reasonRequired, canDecide && open);
    }

    private static String whyNotAllowed(DecisionOutcome outcome, ThresholdReview review) {
        ThresholdAssessment assessment = review.assessment();
        return switch (outcome) {
            case MET -> assessment.excluded()
                    ? "An exclusion applies: record the case as excluded, or remove the exclusion first"
                    : "Not enough incidents count for the threshold to be met" + (review.policy().discretionAllowed()
                            ? ": record not met, or accept the case at your discretion" : ": record not met");
            case DISCRETION -> assessment.met() ? "The threshold is met: record it as met"
                    : assessment.excluded() ? "An exclusion applies: record the case as excluded"
                    : "This partnership's policy does not allow cases below the threshold to be accepted";
            case NOT_MET -> "An exclusion applies: record the case as excluded, or remove the exclusion first";
            case EXCLUDED -> "No exclusion applies to this case: record one first";
        };
    }

    private static void refuseIfDecided(Application application) {
        if (application.getStatus().isDecided()) {
            throw new ActionRefusedException("The threshold has already been decided on this case");
        }
    }

    private static String describe(IncidentVerification verification) {
        StringBuilder text = new StringBuilder(verification.getOutcome().label());
        if (verification.getOutcome() == VerificationOutcome.DIFFERENT_DATE) {
            if (verification.getAgencyOccurredOn() != null) {
                text.append(", happened ").append(ThresholdWording.date(verification.getAgencyOccurredOn()));
            }
            if (verification.getAgencyReportedOn() != null) {
                text.append(", reported ").append(ThresholdWording.date(verification.getAgencyReportedOn()));
            }
        }
        if (verification.getAgencyAction() != null) {
            text.append(". Action: ").append(verification.getAgencyAction());
        }
        if (verification.getNotes() != null) {
            text.append(". Notes: ").append(verification.getNotes());
        }
        return text.toString();
    }

    private static String describe(ThresholdExclusion exclusion) {
        return exclusion.getKind().label() + " (" + exclusion.getAgency()
                + (exclusion.getTimeframeEndsOn() == null ? ""
                        : ", until " + ThresholdWording.date(exclusion.getTimeframeEndsOn())) + ")"
                + (exclusion.getNotes() == null ? "" : ". " + exclusion.getNotes());
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
