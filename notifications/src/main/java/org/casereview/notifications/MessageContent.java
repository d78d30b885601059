package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.decision.DecisionLetter;
import org.casereview.review.DelayNotice;
import org.casereview.review.FinalReview;
import org.casereview.review.InformationRequest;
import org.casereview.review.PanelMeeting;
import org.casereview.review.PanelMeetingRepository;
import org.casereview.review.PanelSeat;
import org.casereview.review.PlannedActionRepository;
import org.casereview.review.Recommendation;
import org.casereview.review.RecommendationRepository;
import org.casereview.review.SecondStageReview;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What each message about a case says, gathered from the domain: the listeners write these to the outbox and staff
 * preview the same ones, so a preview is what will be sent. Applicant messages get the application and partnership
 * from the outbox; agency messages carry only the case reference, the partnership and what the agency must do.
 */
@Component
class MessageContent {

    static final String ACKNOWLEDGEMENT = "application-received";
    static final String REVIEW_ACTIVATED = "review-activated";
    static final String NOT_MET = "threshold-not-met";
    static final String OUTCOME = "review-outcome";
    static final String DELAY_NOTICE = "delay-notice";
    static final String FINAL_REVIEW = "final-review";
    static final String SECOND_STAGE_RECEIVED = "second-stage-received";
    static final String SECOND_STAGE_DECIDED = "second-stage-decided";
    static final String CASE_CLOSED = "case-closed";
    static final String INFORMATION_REQUEST = "agency-information-request";
    static final String INFORMATION_REMINDER = "agency-information-reminder";
    static final String RECOMMENDATION = "agency-recommendation";
    /** Where a partner agency user answers requests and recommendations in the back office. */
    static final String AGENCY_PATH = "/agency";

    private final PanelMeetingRepository panels;
    private final RecommendationRepository recommendations;
    private final PlannedActionRepository actions;
    private final StaffAccountRepository staff;
    private final Clock clock;
    private final String backofficeUrl;

    MessageContent(PanelMeetingRepository panels, RecommendationRepository recommendations,
                   PlannedActionRepository actions, StaffAccountRepository staff, Clock clock,
                   @Value("${casereview.backoffice.url:http://localhost:8081}") String backofficeUrl) {
        this.panels = panels;
        this.recommendations = recommendations;
        this.actions = actions;
        this.staff = staff;
        this.clock = clock;
        this.backofficeUrl = backofficeUrl.endsWith("/") ? backofficeUrl.substring(0, backofficeUrl.length() - 1)
                : backofficeUrl;
    }

    CaseMessage acknowledgement(Application application) {
        return CaseMessage.toApplicant("Acknowledgement", ACKNOWLEDGEMENT,
                "We have received your ASB Case Review application " + application.getReference(), Map.of());
    }

    CaseMessage thresholdDecision(DecisionLetter letter) {
        boolean activated = letter.outcome().activatesReview();
        return CaseMessage.toApplicant("Threshold decision: " + letter.outcome().label().toLowerCase(Locale.UK),
                activated ? REVIEW_ACTIVATED : NOT_MET,
                activated ? "Your ASB Case Review " + letter.reference() + ": a case review will be carried out"
                        : "Your ASB Case Review application " + letter.reference() + ": our decision",
                Map.of("letter", letter));
    }

    /**
     * The findings (with the agencies that did not provide information), each recommendation with its agency, the
     * action plan, when the final review will be, and how to ask for a second-stage review. Before the outcome is
     * sent, the final review's day is the one sending it today would set.
     */
    CaseMessage outcome(Application application) {
        long id = Objects.requireNonNull(application.getId());
        PanelMeeting panel = panels.findByApplicationId(id)
                .orElseThrow(() -> new IllegalStateException("The outcome needs the panel's findings"));
        Map<String, Object> model = applicantModel(application);
        model.put("panel", panel);
        model.put("findings", paragraphs(panel.getFindings()));
        model.put("panelAgencies", panelAgencies(panel.getMembers()));
        model.put("recommendations", recommendations.findByApplicationIdOrderByIdAsc(id).stream()
                .filter(r -> r.getSecondStageId() == null).map(MessageContent::recommendationText).toList());
        model.put("actions", actions.findByApplicationIdOrderByDueOnAscIdAsc(id));
        model.put("finalReviewDue", application.getOutcomeSentOn() != null && application.getFinalReviewDue() != null
                ? application.getFinalReviewDue()
                : CaseDeadlines.finalReviewDue(application.getPartnership().policy(), today()));
        return CaseMessage.toApplicant("Outcome of the case review", OUTCOME,
                "Your ASB Case Review " + application.getReference() + ": the outcome of the case review", model);
    }

    CaseMessage delayNotice(Application application, DelayNotice notice) {
        Map<String, Object> model = applicantModel(application);
        model.put("notice", notice);
        model.put("reasons", paragraphs(notice.getReason()));
        return CaseMessage.toApplicant("Delay notice of " + ThresholdWording.date(notice.getSentOn()), DELAY_NOTICE,
                "Your ASB Case Review " + application.getReference() + ": the outcome will come later than planned",
                model);
    }

    CaseMessage finalReview(Application application, FinalReview review) {
        Map<String, Object> model = applicantModel(application);
        model.put("review", review);
        model.put("result", paragraphs(review.getResult()));
        model.put("actions", actions.findByApplicationIdOrderByDueOnAscIdAsc(
                Objects.requireNonNull(application.getId())));
        return CaseMessage.toApplicant("Final review of " + ThresholdWording.date(review.getReviewedOn()),
                FINAL_REVIEW, "Your ASB Case Review " + application.getReference() + ": "
                        + (review.isClosed() ? "the final review, and your case is closed"
                        : "the final review of the action plan"), model);
    }

    CaseMessage secondStageReceived(Application application, SecondStageReview review) {
        Map<String, Object> model = applicantModel(application);
        model.put("review", review);
        model.put("aboutOutcome", review.getAbout() == SecondStageReview.About.OUTCOME);
        return CaseMessage.toApplicant("Second-stage review of " + ThresholdWording.date(review.getRequestedOn())
                        + ": acknowledgement", SECOND_STAGE_RECEIVED, "Your ASB Case Review "
                        + application.getReference() + ": we have received your request for a second-stage review",
                model);
    }

    /**
     * The independent panel's decision and reasons, any new recommendations, whether a case review now starts, and the
     * Police and Crime Commissioner's route for an applicant who is still unhappy.
     */
    CaseMessage secondStageDecided(Application application, SecondStageReview review) {
        long id = Objects.requireNonNull(application.getId());
        Map<String, Object> model = applicantModel(application);
        model.put("review", review);
        model.put("decision", Objects.requireNonNull(review.getDecision()).label());
        model.put("upheld", review.getDecision() != SecondStageReview.Decision.NOT_UPHELD);
        model.put("reasons", paragraphs(review.getDecisionReasons()));
        model.put("recommendations", recommendations.findByApplicationIdOrderByIdAsc(id).stream()
                .filter(r -> Objects.equals(r.getSecondStageId(), review.getId()))
                .map(MessageContent::recommendationText).toList());
        model.put("reviewActivated", reviewActivatedBy(application, review));
        model.put("pccContact", paragraphs(application.getPartnership().getPccContact()));
        return CaseMessage.toApplicant("Second-stage review of " + ThresholdWording.date(review.getRequestedOn())
                        + ": decision", SECOND_STAGE_DECIDED, "Your ASB Case Review " + application.getReference()
                        + ": the decision of the second-stage review", model);
    }

    /** Withdrawn (by the applicant) or closed by staff: the closing reason is told only for a closure by staff. */
    CaseMessage closed(Application application) {
        boolean withdrawn = application.getStatus() == ApplicationStatus.WITHDRAWN;
        Map<String, Object> model = applicantModel(application);
        model.put("withdrawn", withdrawn);
        model.put("closedOn", application.getClosedOn() != null ? application.getClosedOn() : today());
        model.put("reasons", withdrawn ? List.of() : paragraphs(application.getCloseReason()));
        return CaseMessage.toApplicant(withdrawn ? "Withdrawal confirmed" : "Case closed", CASE_CLOSED,
                "Your ASB Case Review " + application.getReference()
                        + (withdrawn ? ": your application is withdrawn" : ": your case is closed"), model);
    }

    CaseMessage informationRequested(Application application, InformationRequest request) {
        Map<String, Object> model = agencyModel(application, request.getAgencyName());
        model.put("request", request);
        model.put("asked", paragraphs(request.getRequestText()));
        return toAgency(request, "Information request to " + request.getAgencyName(), INFORMATION_REQUEST,
                "ASB Case Review " + application.getReference() + ": information needed from "
                        + request.getAgencyName() + " by " + ThresholdWording.date(request.getDueOn()), model);
    }

    CaseMessage reminder(Application application, InformationRequest request) {
        Map<String, Object> model = agencyModel(application, request.getAgencyName());
        model.put("request", request);
        model.put("asked", paragraphs(request.getRequestText()));
        model.put("dueToday", !request.getDueOn().isAfter(today()));
        return toAgency(request, "Reminder to " + request.getAgencyName(), INFORMATION_REMINDER,
                "Reminder: ASB Case Review " + application.getReference() + ": information needed from "
                        + request.getAgencyName() + " by " + ThresholdWording.date(request.getDueOn()), model);
    }

    CaseMessage recommendationIssued(Application application, Recommendation recommendation) {
        Map<String, Object> model = agencyModel(application, recommendation.getAgencyName());
        model.put("recommendation", recommendationText(recommendation));
        model.put("issuedOn", recommendation.getIssuedOn() != null ? recommendation.getIssuedOn() : today());
        model.put("bySecondStage", recommendation.getSecondStageId() != null);
        return new CaseMessage("Recommendation to " + recommendation.getAgencyName(), RECOMMENDATION,
                "ASB Case Review " + application.getReference() + ": a recommendation to "
                        + recommendation.getAgencyName(), model,
                new CaseMessage.AgencyContact(recommendation.getAgencyName(), recommendation.getContactEmail(),
                        "recommendation"));
    }

    private static CaseMessage toAgency(InformationRequest request, String title, String template, String subject,
                                        Map<String, Object> model) {
        return new CaseMessage(title, template, subject, model,
                new CaseMessage.AgencyContact(request.getAgencyName(), request.getContactEmail(), "request"));
    }

    /** What every applicant message may use besides the application and partnership: the officer to ask for. */
    private Map<String, Object> applicantModel(Application application) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", application.getReference());
        Long officer = application.getAssignedOfficerId();
        model.put("officerName", officer == null ? null
                : staff.findById(officer).map(StaffAccount::getDisplayName).orElse(null));
        return model;
    }

    /** Deliberately without the application: the reference, the partnership and how to answer, nothing personal. */
    private Map<String, Object> agencyModel(Application application, String agencyName) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", application.getReference());
        model.put("partnership", application.getPartnership());
        model.put("agencyName", agencyName);
        model.put("answerUrl", backofficeUrl + AGENCY_PATH);
        return model;
    }

    /**
     * Whether this second-stage decision started a case review: an upheld appeal against a not-met or excluded
     * decision whose case then went on to a review rather than back to the decision.
     */
    private static boolean reviewActivatedBy(Application application, SecondStageReview review) {
        boolean againstThreshold = review.getAppealedFrom() == ApplicationStatus.THRESHOLD_NOT_MET
                || review.getAppealedFrom() == ApplicationStatus.EXCLUDED;
        ApplicationStatus now = application.getStatus();
        return againstThreshold && review.getDecision() != SecondStageReview.Decision.NOT_UPHELD
                && (now == ApplicationStatus.REVIEW_ACTIVATED || now == ApplicationStatus.REVIEW_HELD
                || now == ApplicationStatus.OUTCOME_SENT);
    }

    /** The agencies represented on the panel, as a sentence says them: "the police, the council and a landlord". */
    static String panelAgencies(List<PanelSeat> members) {
        LinkedHashSet<String> agencies = new LinkedHashSet<>();
        members.forEach(seat -> agencies.add(seat.agency().strip()));
        List<String> names = List.copyOf(agencies);
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static RecommendationText recommendationText(Recommendation recommendation) {
        return new RecommendationText(recommendation.getAgencyName(),
                paragraphs(recommendation.getRecommendationText()));
    }

    /** Text staff typed, as paragraphs: one per line, blank lines dropped. */
    static List<String> paragraphs(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
    }

    /** A recommendation as a message shows it: the agency it is addressed to, and what it says. */
    record RecommendationText(String agencyName, List<String> paragraphs) {
    }
}
