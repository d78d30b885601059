package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseAction;
import org.casereview.application.CaseLifecycle;
import org.casereview.casework.CaseAccess;
import org.casereview.casework.CaseClock;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffMember;
import org.casereview.threshold.ThresholdWording;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The case review after the threshold is met: information from agencies, the panel, its recommendations and action
 * plan, the outcome or a delay notice, and the final review. Case officers and managers do every step; panel members
 * record the panel's own work (meeting, findings, recommendations, action plan). Each step checks the case's life
 * cycle, names the version the screen showed, is recorded in the history, and publishes what the applicant or an
 * agency must be told.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
public class ReviewService {

    /** How many working days before the outcome is due the officer is prompted to send a delay notice. */
    public static final int DELAY_WARNING_WORKING_DAYS = CaseDeadlines.DELAY_WARNING_WORKING_DAYS;
    /** The working days an agency is usually given to answer a request for information. */
    public static final int INFORMATION_DUE_WORKING_DAYS = 10;
    /** The fewest partner agencies that must sit on a review panel. */
    public static final int MINIMUM_PANEL_AGENCIES = 3;
    private static final Set<CaseAction> PANEL_ACTIONS = EnumSet.of(CaseAction.RECORD_PANEL);
    /** When recommendations are added or removed: once the panel has met, before the outcome is sent. */
    static final Set<ApplicationStatus> RECOMMENDING = EnumSet.of(ApplicationStatus.REVIEW_HELD);
    /** When the action plan can change: once the panel has met, until the case closes. */
    static final Set<ApplicationStatus> PLANNING = EnumSet.of(ApplicationStatus.REVIEW_HELD,
            ApplicationStatus.OUTCOME_SENT);

    private final CaseAccess access;
    private final InformationRequestRepository requests;
    private final PanelMeetingRepository panels;
    private final RecommendationRepository recommendations;
    private final PlannedActionRepository actions;
    private final DelayNoticeRepository delays;
    private final FinalReviewRepository finalReviews;
    private final SecondStageReviewRepository secondStages;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    ReviewService(CaseAccess access, InformationRequestRepository requests, PanelMeetingRepository panels,
                  RecommendationRepository recommendations, PlannedActionRepository actions,
                  DelayNoticeRepository delays, FinalReviewRepository finalReviews,
                  SecondStageReviewRepository secondStages, CaseHistory history, ApplicationEventPublisher events) {
        this.access = access;
        this.requests = requests;
        this.panels = panels;
        this.recommendations = recommendations;
        this.actions = actions;
        this.delays = delays;
        this.finalReviews = finalReviews;
        this.secondStages = secondStages;
        this.history = history;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ReviewFile file(long id) {
        StaffMember me = access.staff();
        Application application = access.read(id);
        LocalDate today = access.today();
        List<InformationRequest> asked = requests.findByApplicationIdOrderByRequestedOnAscIdAsc(id);
        Set<CaseAction> allowed = application.allowedActions();
        if (!me.worksCases()) {
            allowed.retainAll(PANEL_ACTIONS);
            if (application.getStatus() == ApplicationStatus.SECOND_STAGE_REVIEW) {
                allowed.add(CaseAction.DECIDE_SECOND_STAGE);
            }
        }
        boolean awaitingOutcome = application.getStatus() == ApplicationStatus.REVIEW_ACTIVATED
                || application.getStatus() == ApplicationStatus.REVIEW_HELD;
        LocalDate due = application.outcomeDue();
        boolean delayDue = awaitingOutcome && CaseDeadlines.delayNoticeDue(due, today, calendar);
        List<SecondStageReview> appeals = secondStages.findByApplicationIdOrderByRequestedOnAscIdAsc(id);
        LocalDate appealWaitingSince = appeals.stream().filter(review -> !review.isDecided())
                .map(SecondStageReview::getRequestedOn).findFirst().orElse(null);
        return new ReviewFile(application, asked, panels.findByApplicationId(id).orElse(null),
                recommendations.findByApplicationIdOrderByIdAsc(id),
                actions.findByApplicationIdOrderByDueOnAscIdAsc(id),
                delays.findByApplicationIdOrderBySentOnAscIdAsc(id),
                finalReviews.findByApplicationIdOrderByReviewedOnAscIdAsc(id),
                appeals, allowed, overdueAgencies(asked, today), due, delayDue, me.worksCases(),
                CaseClock.next(CaseClock.Dates.of(application, appealWaitingSince), today, calendar));
    }

    /** Asks one agency for its complete case details and actions taken (including vexatious reports). */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public InformationRequest requestInformation(long id, long expectedVersion, Agency agency, String agencyName,
                                                 @Nullable String contactEmail, String requestText, LocalDate dueOn) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        application.transition(CaseAction.REQUEST_INFORMATION, application.getStatus());
        String name = Text.required(agencyName, 120, "the agency's name");
        String email = Text.email(contactEmail);
        String text = Text.required(requestText, 4000, "what you are asking for");
        LocalDate today = access.today();
        if (!dueOn.isAfter(today)) {
            throw new ActionRefusedException("The due date must be after today");
        }
        InformationRequest request = requests.save(new InformationRequest(id, agency, name, email, text, today, dueOn,
                me.actorName()));
        access.changed(application, me);
        history.record(id, me.actorName(), "INFORMATION_REQUESTED", "Information requested from " + name
                + ", due " + ThresholdWording.date(dueOn));
        events.publishEvent(new ReviewEvents.InformationRequested(id, Objects.requireNonNull(request.getId())));
        return request;
    }

    /** Records an agency's answer that came by e-mail or letter. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void recordAnswer(long id, long expectedVersion, long requestId, String answer, LocalDate receivedOn) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        refuseIfClosed(application);
        InformationRequest request = requests.findById(requestId).filter(r -> r.getApplicationId() == id)
                .orElseThrow(() -> new ActionRefusedException("That request is not on this case"));
        if (receivedOn.isAfter(access.today()) || receivedOn.isBefore(request.getRequestedOn())) {
            throw new ActionRefusedException("The day it was received must be between the request and today");
        }
        request.answer(Text.required(answer, 60_000, "the agency's answer"), receivedOn, me.actorName(),
                InformationRequest.AnsweredVia.EMAIL);
        access.changed(application, me);
        history.record(id, me.actorName(), "INFORMATION_RECEIVED", "Answer from " + request.getAgencyName()
                + " recorded (received " + ThresholdWording.date(receivedOn) + ")");
    }

    /**
     * Records the panel's meeting and findings. At least {@value #MINIMUM_PANEL_AGENCIES} partner agencies must be
     * represented. Agencies that have not answered by their due day are listed with the findings.
     */
    @Transactional
    public PanelMeeting recordPanel(long id, long expectedVersion, PanelRecord panel) {
        StaffMember me = access.staff();
        Application application = access.changeAsPanel(id, expectedVersion);
        ApplicationStatus before = application.getStatus();
        application.transition(CaseAction.RECORD_PANEL, ApplicationStatus.REVIEW_HELD);
        LocalDate today = access.today();
        if (panel.heldOn().isAfter(today)) {
            throw new ActionRefusedException("Record the panel after it has met: the date cannot be in the future");
        }
        if (application.getDecidedOn() != null && panel.heldOn().isBefore(application.getDecidedOn())) {
            throw new ActionRefusedException("The panel cannot have met before the threshold decision ("
                    + ThresholdWording.date(application.getDecidedOn()) + ")");
        }
        List<PanelSeat> members = seats(panel.members(), "panel member");
        long agencies = agencyCount(members);
        if (agencies < MINIMUM_PANEL_AGENCIES) {
            throw new ActionRefusedException("At least " + MINIMUM_PANEL_AGENCIES + " partner agencies must be "
                    + "represented on the panel; " + agencies + (agencies == 1 ? " is" : " are") + " listed");
        }
        PanelRecord cleaned = new PanelRecord(panel.heldOn(), members,
                Text.optional(panel.independentChair(), 200, "the independent chair"),
                Text.optional(panel.peerReviewBy(), 200, "the peer-reviewing partnership"),
                Text.optional(panel.peerReviewComments(), 20_000, "the peer reviewer's comments"),
                panel.victimConsulted(), panel.victimInvited(),
                Text.required(panel.findings(), 60_000, "the panel's findings"));
        if (cleaned.peerReviewComments() != null && cleaned.peerReviewBy() == null) {
            throw new ActionRefusedException("Name the partnership that carried out the peer review");
        }
        List<String> overdue = overdueAgencies(requests.findByApplicationIdOrderByRequestedOnAscIdAsc(id), today);
        PanelMeeting meeting = panels.findByApplicationId(id).orElseGet(() -> new PanelMeeting(id));
        boolean amended = meeting.getId() != null;
        meeting.record(cleaned, overdue.isEmpty() ? null : String.join(", ", overdue), me.actorName(), access.now());
        panels.save(meeting);
        access.changed(application, me);
        history.record(id, me.actorName(), "PANEL", (amended ? "Panel record amended" : "Panel recorded") + ": met "
                + ThresholdWording.date(panel.heldOn()) + " with " + members.size() + " members from " + agencies
                + " agencies" + (overdue.isEmpty() ? "" : "; no information from " + String.join(", ", overdue)));
        history.recordChange(id, me.actorName(), "STATUS", "Status", before.label(), application.getStatus().label());
        return meeting;
    }

    /** A recommendation to one agency, issued with the outcome. */
    @Transactional
    public Recommendation addRecommendation(long id, long expectedVersion, Agency agency, String agencyName,
                                            @Nullable String contactEmail, String text) {
        StaffMember me = access.staff();
        Application application = access.changeAsPanel(id, expectedVersion);
        requireStatus(application, "Recommendations are added once the panel has met, before the outcome is sent",
                RECOMMENDING);
        Recommendation recommendation = recommendations.save(new Recommendation(id, null, agency,
                Text.required(agencyName, 120, "the agency's name"), Text.email(contactEmail),
                Text.required(text, 4000, "the recommendation"), me.actorName(), access.now()));
        access.changed(application, me);
        history.record(id, me.actorName(), "RECOMMENDATION", "Recommendation to " + recommendation.getAgencyName()
                + ": " + recommendation.getRecommendationText());
        return recommendation;
    }

    @Transactional
    public void removeRecommendation(long id, long expectedVersion, long recommendationId) {
        StaffMember me = access.staff();
        Application application = access.changeAsPanel(id, expectedVersion);
        Recommendation recommendation = recommendations.findById(recommendationId)
                .filter(r -> r.getApplicationId() == id)
                .orElseThrow(() -> new ActionRefusedException("That recommendation has already been removed"));
        if (recommendation.isIssued()) {
            throw new ActionRefusedException("An issued recommendation cannot be removed");
        }
        recommendations.delete(recommendation);
        access.changed(application, me);
        history.record(id, me.actorName(), "RECOMMENDATION", "Recommendation to "
                + recommendation.getAgencyName() + " removed: " + recommendation.getRecommendationText());
    }

    /** Records an agency's response to a recommendation that reached the officer by e-mail or letter. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void recordResponse(long id, long expectedVersion, long recommendationId, Recommendation.Response response,
                               String reasons) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        refuseIfClosed(application);
        Recommendation recommendation = recommendations.findById(recommendationId)
                .filter(r -> r.getApplicationId() == id && r.isIssued())
                .orElseThrow(() -> new ActionRefusedException("That recommendation has not been issued on this case"));
        recommendation.respond(response, Text.required(reasons, 4000, "the agency's reasons"), access.today(),
                me.actorName() + " for " + recommendation.getAgencyName());
        access.changed(application, me);
        history.record(id, me.actorName(), "RECOMMENDATION_RESPONSE", recommendation.getAgencyName() + ": "
                + response.label() + " (recorded by staff)");
    }

    /** One action of the plan; also later, at a final review that keeps the case open with further actions. */
    @Transactional
    public PlannedAction addAction(long id, long expectedVersion, String description, String ownerAgency,
                                   LocalDate dueOn) {
        StaffMember me = access.staff();
        Application application = access.changeAsPanel(id, expectedVersion);
        requireStatus(application, "Actions are planned once the panel has met, until the case closes", PLANNING);
        if (dueOn.isBefore(access.today())) {
            throw new ActionRefusedException("The action's due date cannot be in the past");
        }
        PlannedAction action = actions.save(new PlannedAction(id, Text.required(description, 2000, "the action"),
                Text.required(ownerAgency, 120, "the agency that owns it"), dueOn, me.actorName(), access.now()));
        access.changed(application, me);
        history.record(id, me.actorName(), "ACTION_PLAN", "Action for " + action.getOwnerAgency() + " by "
                + ThresholdWording.date(dueOn) + ": " + action.getDescription());
        return action;
    }

    @Transactional
    public void updateAction(long id, long expectedVersion, long actionId, PlannedAction.Status status,
                             @Nullable String notes) {
        StaffMember me = access.staff();
        Application application = access.changeAsPanel(id, expectedVersion);
        requireStatus(application, "The action plan can be updated until the case closes", PLANNING);
        update(id, me, new ActionProgress(actionId, status, notes));
        access.changed(application, me);
    }

    /** Records how one action went, if that is news. */
    private void update(long id, StaffMember me, ActionProgress progress) {
        PlannedAction action = actions.findById(progress.actionId()).filter(a -> a.getApplicationId() == id)
                .orElseThrow(() -> new ActionRefusedException("That action is not on this case"));
        String notes = Text.optional(progress.notes(), 2000, "the notes");
        if (action.getStatus() == progress.status() && Objects.equals(action.getNotes(), notes)) {
            return;
        }
        String before = action.getStatus().label();
        action.update(progress.status(), notes, access.today());
        history.recordChange(id, me.actorName(), "ACTION_PLAN", "Action \"" + shorten(action.getDescription())
                + "\"", before, progress.status().label());
    }

    /** Tells the applicant the outcome will be late, why, and by when it will come. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public DelayNotice sendDelayNotice(long id, long expectedVersion, String reason, LocalDate newDue) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        LocalDate previous = application.outcomeDue();
        String why = Text.required(reason, 2000, "why the outcome will be late");
        if (!newDue.isAfter(previous)) {
            throw new ActionRefusedException("The new date must be after the current one ("
                    + ThresholdWording.date(previous) + ")");
        }
        application.delayed(newDue);
        DelayNotice notice = delays.save(new DelayNotice(id, access.today(), why, previous, newDue,
                me.actorName()));
        access.changed(application, me);
        history.record(id, me.actorName(), "DELAY_NOTICE", "Delay notice sent: outcome now due "
                + ThresholdWording.date(newDue) + ". Reason: " + why);
        history.recordChange(id, me.actorName(), "DEADLINE", "Outcome due", ThresholdWording.date(previous),
                ThresholdWording.date(newDue));
        events.publishEvent(new ReviewEvents.DelayNoticeSent(id, Objects.requireNonNull(notice.getId())));
        return notice;
    }

    /**
     * Sends the outcome: the findings, the recommendations (now issued to their agencies), the action plan, and how to
     * ask for a second-stage review. The final review falls due {@code finalReviewMonths} later.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public void sendOutcome(long id, long expectedVersion) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        if (panels.findByApplicationId(id).isEmpty()) {
            throw new ActionRefusedException("Record the review panel before sending the outcome");
        }
        LocalDate today = access.today();
        ApplicationStatus before = application.getStatus();
        LocalDate finalReview = CaseDeadlines.finalReviewDue(application.getPartnership().policy(), today);
        application.outcomeSent(today, finalReview);
        List<Recommendation> issued = recommendations.findByApplicationIdOrderByIdAsc(id).stream()
                .filter(Predicate.not(Recommendation::isIssued)).toList();
        issued.forEach(recommendation -> recommendation.issue(today));
        access.changed(application, me);
        history.record(id, me.actorName(), "OUTCOME_SENT", "Outcome sent to the applicant with "
                + issued.size() + (issued.size() == 1 ? " recommendation" : " recommendations")
                + "; final review due " + ThresholdWording.date(finalReview)
                + (today.isAfter(application.outcomeDue()) ? " (late: it was due "
                        + ThresholdWording.date(application.outcomeDue()) + ")" : ""));
        history.recordChange(id, me.actorName(), "STATUS", "Status", before.label(), application.getStatus().label());
        events.publishEvent(new ReviewEvents.OutcomeSent(id));
        for (Recommendation recommendation : issued) {
            events.publishEvent(new ReviewEvents.RecommendationIssued(id,
                    Objects.requireNonNull(recommendation.getId())));
        }
    }

    /**
     * The final review of the action plan: the resident is told the result. Closing needs every action finished
     * (complete, or recorded as not done); keeping the case open needs the day of the next review.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public FinalReview recordFinalReview(long id, long expectedVersion, String result,
                                         @Nullable LocalDate nextReviewDue) {
        return recordFinalReview(id, expectedVersion, List.of(), result, nextReviewDue);
    }

    /**
     * The final review with what was found about each action of the plan, recorded together: if the review is
     * refused, no action's progress is saved either, and the form can be sent again as it is.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public FinalReview recordFinalReview(long id, long expectedVersion, List<ActionProgress> progress, String result,
                                         @Nullable LocalDate nextReviewDue) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        CaseLifecycle.check(application.getStatus(), CaseAction.RECORD_FINAL_REVIEW,
                nextReviewDue == null ? ApplicationStatus.CLOSED : ApplicationStatus.OUTCOME_SENT);
        progress.forEach(given -> update(id, me, given));
        String summary = Text.required(result, 4000, "the result to tell the resident");
        LocalDate today = access.today();
        if (nextReviewDue == null) {
            List<String> open = actions.findByApplicationIdOrderByDueOnAscIdAsc(id).stream()
                    .filter(a -> a.getStatus() == PlannedAction.Status.NOT_STARTED
                            || a.getStatus() == PlannedAction.Status.IN_PROGRESS)
                    .map(a -> shorten(a.getDescription())).toList();
            if (!open.isEmpty()) {
                throw new ActionRefusedException("Record whether each action was done before closing the case; "
                        + "still open: " + String.join("; ", open));
            }
        } else if (!nextReviewDue.isAfter(today)) {
            throw new ActionRefusedException("The next review must be after today");
        }
        ApplicationStatus before = application.getStatus();
        application.finalReviewed(today, nextReviewDue, summary);
        FinalReview review = finalReviews.save(new FinalReview(id, today, summary, nextReviewDue, me.actorName()));
        access.changed(application, me);
        history.record(id, me.actorName(), "FINAL_REVIEW", "Final review: " + summary
                + (nextReviewDue == null ? ". Case closed" : ". Kept open; next review " 
                        + ThresholdWording.date(nextReviewDue)));
        history.recordChange(id, me.actorName(), "STATUS", "Status", before.label(), application.getStatus().label());
        events.publishEvent(new ReviewEvents.FinalReviewRecorded(id, Objects.requireNonNull(review.getId())));
        return review;
    }

    /** How one action of the plan stands: recorded with a final review, or on its own. */
    public record ActionProgress(long actionId, PlannedAction.Status status, @Nullable String notes) {

        public ActionProgress {
            Objects.requireNonNull(status, "status");
        }
    }

    static List<String> overdueAgencies(List<InformationRequest> asked, LocalDate today) {
        Set<String> names = new LinkedHashSet<>();
        asked.stream().filter(request -> request.isOverdue(today))
                .forEach(request -> names.add(request.getAgencyName()));
        return List.copyOf(names);
    }

    static List<PanelSeat> seats(List<PanelSeat> given, String what) {
        return given.stream()
                .filter(seat -> !(isBlank(seat.name()) && isBlank(seat.role()) && isBlank(seat.agency())))
                .map(seat -> new PanelSeat(Text.required(seat.name(), 200, "each " + what + "'s name"),
                        Text.required(seat.role(), 200, "each " + what + "'s role"),
                        Text.required(seat.agency(), 120, "each " + what + "'s agency")))
                .toList();
    }

    /** How many different agencies these members represent (names compared without case or spaces around). */
    public static long agencyCount(List<PanelSeat> members) {
        return members.stream().map(seat -> seat.agency().strip().toLowerCase(Locale.UK)).distinct().count();
    }

    static void requireStatus(Application application, String refusal, Set<ApplicationStatus> statuses) {
        if (!statuses.contains(application.getStatus())) {
            throw new ActionRefusedException(refusal);
        }
    }

    static void refuseIfClosed(Application application) {
        if (application.getStatus().isClosed()) {
            throw new ActionRefusedException("The case is closed: reopen it first, with a reason");
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
