package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseAction;
import org.casereview.application.CaseLifecycle;
import org.casereview.casework.CaseAccess;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffMember;
import org.casereview.threshold.ThresholdWording;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The second-stage review (appeal): asked for by the applicant once there is a threshold decision or an outcome (on
 * the portal, or recorded by staff from a call or letter), and decided by an independent panel of senior partnership
 * members and an elected council member.
 */
@Service
public class SecondStageService {

    private final CaseAccess access;
    private final ApplicationRepository applications;
    private final SecondStageReviewRepository reviews;
    private final RecommendationRepository recommendations;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondStageService(CaseAccess access, ApplicationRepository applications, SecondStageReviewRepository reviews,
                       RecommendationRepository recommendations, CaseHistory history,
                       ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.applications = applications;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an applicant could ask for a second-stage review of their case now. */
    public static boolean canBeRequested(ApplicationStatus status) {
        return CaseLifecycle.allows(status, CaseAction.REQUEST_SECOND_STAGE);
    }

    /** A request made by phone, letter or e-mail, recorded by staff. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public SecondStageReview recordRequest(long id, long expectedVersion, SecondStageReview.About about,
                                           String reasons, LocalDate receivedOn) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        if (receivedOn.isAfter(access.today())) {
            throw new ActionRefusedException("The day the request was received cannot be in the future");
        }
        SecondStageReview review = open(application, about, reasons, receivedOn, SecondStageReview.Via.STAFF,
                me.actorName());
        access.changed(application, me);
        return review;
    }

    /**
     * A request the applicant made on the portal. The caller has proved the applicant's identity for this case (the
     * portal's one-time code); nothing else may call this.
     */
    @Transactional
    public SecondStageReview requestByApplicant(long applicationId, SecondStageReview.About about, String reasons) {
        Application application = applications.findById(applicationId).orElseThrow(CaseNotFoundException::new);
        application.refuseChangeIfProtected();
        SecondStageReview review = open(application, about, reasons, LocalDate.ofInstant(clock.instant(),
                org.casereview.DomainConfiguration.UK), SecondStageReview.Via.PORTAL, "Applicant (online)");
        application.changedBy("Applicant (online)", clock.instant());
        return review;
    }

    private SecondStageReview open(Application application, SecondStageReview.About about, String reasons,
                                   LocalDate on, SecondStageReview.Via via, String actor) {
        long id = Objects.requireNonNull(application.getId());
        if (!canBeRequested(application.getStatus())) {
            throw new ActionRefusedException(application.getStatus() == ApplicationStatus.SECOND_STAGE_REVIEW
                    ? "A second-stage review has already been asked for and is not decided yet"
                    : "A second-stage review can be asked for once there is a threshold decision or an outcome");
        }
        String why = Text.required(reasons, 10_000, "the reasons for asking for a second-stage review");
        ApplicationStatus from = application.secondStageRequested();
        SecondStageReview review = reviews.save(new SecondStageReview(id, Objects.requireNonNull(about), why, on, via,
                actor, from));
        history.record(id, actor, "SECOND_STAGE_REQUESTED", "Second-stage review asked for (" + via.label()
                + ", " + ThresholdWording.date(on) + ") about " + about.label().toLowerCase(java.util.Locale.UK)
                + ". Reasons: " + why);
        history.recordChange(id, actor, "STATUS", "Status", from.label(), application.getStatus().label());
        events.publishEvent(new ReviewEvents.SecondStageRequested(id, Objects.requireNonNull(review.getId())));
        return review;
    }

    /**
     * The independent panel's decision. The panel needs an elected council member ({@link PanelSeat#ELECTED_MEMBER})
     * and at least one senior partnership member. A not-met or excluded decision that is upheld (wholly or partly)
     * can activate the case review; otherwise the case returns to where it was, with any new recommendations issued.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
    public void decide(long id, long expectedVersion, List<PanelSeat> panel, SecondStageReview.Decision decision,
                       String reasons, List<NewRecommendation> newRecommendations, boolean activateReview) {
        StaffMember me = access.staff();
        Application application = access.changeAsPanel(id, expectedVersion);
        SecondStageReview review = reviews.findByApplicationIdOrderByRequestedOnAscIdAsc(id).stream()
                .filter(r -> !r.isDecided()).findFirst()
                .orElseThrow(() -> new ActionRefusedException("There is no second-stage review waiting on this case"));
        List<PanelSeat> members = ReviewService.seats(panel, "panel member");
        if (members.stream().noneMatch(PanelSeat::isElectedMember)) {
            throw new ActionRefusedException("The panel must include an elected council member");
        }
        if (members.stream().allMatch(PanelSeat::isElectedMember)) {
            throw new ActionRefusedException("The panel must include senior members of the partnership as well as "
                    + "the elected member");
        }
        String why = Text.required(reasons, 20_000, "the panel's reasons");
        if (activateReview && (!review.canActivateReview() || decision == SecondStageReview.Decision.NOT_UPHELD)) {
            throw new ActionRefusedException("Only an upheld appeal against a threshold decision can start a case "
                    + "review");
        }
        if (!newRecommendations.isEmpty() && decision == SecondStageReview.Decision.NOT_UPHELD) {
            throw new ActionRefusedException("An appeal that is not upheld adds no recommendations");
        }
        LocalDate today = access.today();
        ApplicationStatus before = application.getStatus();
        application.secondStageDecided(activateReview ? ApplicationStatus.REVIEW_ACTIVATED : review.getAppealedFrom());
        review.decide(members, decision, why, today, me.actorName(), activateReview);
        List<Recommendation> issued = newRecommendations.stream().map(given -> {
            Recommendation recommendation = new Recommendation(id, review.getId(), given.agency(),
                    Text.required(given.agencyName(), 120, "the agency's name"), Text.email(given.contactEmail()),
                    Text.required(given.text(), 4000, "the recommendation"), me.actorName(), access.now());
            recommendation.issue(today);
            return recommendations.save(recommendation);
        }).toList();
        access.changed(application, me);
        history.record(id, me.actorName(), "SECOND_STAGE_DECIDED", "Second-stage review " 
                + decision.label().toLowerCase(java.util.Locale.UK) + ". Reasons: " + why
                + (issued.isEmpty() ? "" : ". " + issued.size() + " new recommendation(s)")
                + (activateReview ? ". Case review activated" : ""));
        history.recordChange(id, me.actorName(), "STATUS", "Status", before.label(), application.getStatus().label());
        events.publishEvent(new ReviewEvents.SecondStageDecided(id, Objects.requireNonNull(review.getId())));
        for (Recommendation recommendation : issued) {
            events.publishEvent(new ReviewEvents.RecommendationIssued(id,
                    Objects.requireNonNull(recommendation.getId())));
        }
    }
}
