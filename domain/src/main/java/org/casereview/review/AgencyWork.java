package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationStatus;
import org.casereview.history.CaseHistory;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;

/**
 * What a partner agency user sees and does: the information requests and the recommendations addressed to their
 * agency, in their partnership (all partnerships when their account is county-wide), and nothing else of the case.
 * A request or recommendation of another agency is "not found", as a case outside a member of staff's area is.
 */
@Service
@PreAuthorize("hasRole('PARTNER_AGENCY')")
public class AgencyWork {

    /** Requests can be answered late, but not once the case has ended. */
    private static final EnumSet<ApplicationStatus> ANSWERABLE = EnumSet.of(ApplicationStatus.REVIEW_ACTIVATED,
            ApplicationStatus.REVIEW_HELD, ApplicationStatus.OUTCOME_SENT, ApplicationStatus.SECOND_STAGE_REVIEW);

    /**
     * A request as the agency sees it: the case reference and what is asked, not the applicant's file.
     *
     * @param answerable the case is still going, so the agency can answer (late answers included)
     */
    public record RequestForAgency(long id, long version, String reference, String partnership, String agencyName,
                                   String requestText, LocalDate requestedOn, LocalDate dueOn,
                                   @Nullable String answerText, @Nullable LocalDate answeredOn, boolean overdue,
                                   boolean answerable) {
    }

    /** A recommendation as the agency sees it. */
    public record RecommendationForAgency(long id, long version, String reference, String partnership,
                                          String agencyName, String text, LocalDate issuedOn,
                                          Recommendation.@Nullable Response response, @Nullable String reasons,
                                          @Nullable LocalDate respondedOn) {
    }

    private final CurrentStaff currentStaff;
    private final InformationRequestRepository requests;
    private final RecommendationRepository recommendations;
    private final ApplicationRepository applications;
    private final CaseHistory history;
    private final Clock clock;

    AgencyWork(CurrentStaff currentStaff, InformationRequestRepository requests,
               RecommendationRepository recommendations, ApplicationRepository applications, CaseHistory history,
               Clock clock) {
        this.currentStaff = currentStaff;
        this.requests = requests;
        this.recommendations = recommendations;
        this.applications = applications;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<RequestForAgency> requests(Pageable pageable) {
        StaffMember me = agencyUser();
        LocalDate today = today();
        return requests.forAgency(Objects.requireNonNull(me.agency()), me.partnershipId(), pageable).map(request -> {
                    Application application = applications.findById(request.getApplicationId()).orElseThrow();
                    return new RequestForAgency(Objects.requireNonNull(request.getId()), request.getVersion(),
                            application.getReference(), application.getPartnership().getName(),
                            request.getAgencyName(), request.getRequestText(), request.getRequestedOn(),
                            request.getDueOn(), request.getAnswerText(), request.getAnsweredOn(),
                            request.isOverdue(today), ANSWERABLE.contains(application.getStatus()));
                });
    }

    @Transactional(readOnly = true)
    public Page<RecommendationForAgency> recommendations(Pageable pageable) {
        StaffMember me = agencyUser();
        return recommendations.forAgency(Objects.requireNonNull(me.agency()), me.partnershipId(), pageable)
                .map(recommendation -> {
                    Application application = applications.findById(recommendation.getApplicationId())
                            .orElseThrow();
                    return new RecommendationForAgency(Objects.requireNonNull(recommendation.getId()),
                            recommendation.getVersion(), application.getReference(),
                            application.getPartnership().getName(), recommendation.getAgencyName(),
                            recommendation.getRecommendationText(),
                            Objects.requireNonNull(recommendation.getIssuedOn()), recommendation.getResponse(),
                            recommendation.getResponseReasons(), recommendation.getRespondedOn());
                });
    }

    /** The agency's complete case details and actions taken, in answer to the request. */
    @Transactional
    public void answer(long requestId, long expectedVersion, String answer) {
        StaffMember me = agencyUser();
        InformationRequest request = requests.findById(requestId).orElseThrow(AgencyItemNotFound::new);
        Application application = ownedBy(me, request.getApplicationId(), request.getAgency());
        if (request.getVersion() != expectedVersion) {
            throw new ActionRefusedException("Someone else at your agency has answered this request since you "
                    + "opened it: reload to see their answer");
        }
        if (!ANSWERABLE.contains(application.getStatus())) {
            throw new ActionRefusedException("This case has ended: the request can no longer be answered");
        }
        request.answer(Text.required(answer, 60_000, "your agency's answer"), today(), me.actorName(),
                InformationRequest.AnsweredVia.BACK_OFFICE);
        application.changedBy(me.actorName(), clock.instant());
        history.record(request.getApplicationId(), me.actorName(), "INFORMATION_RECEIVED", "Answer from "
                + request.getAgencyName() + " given in the back office");
    }

    /** The agency's response to a recommendation under its duty to have regard to it. */
    @Transactional
    public void respond(long recommendationId, long expectedVersion, Recommendation.Response response,
                        String reasons) {
        StaffMember me = agencyUser();
        Recommendation recommendation = recommendations.findById(recommendationId)
                .filter(Recommendation::isIssued).orElseThrow(AgencyItemNotFound::new);
        Application application = ownedBy(me, recommendation.getApplicationId(), recommendation.getAgency());
        if (recommendation.getVersion() != expectedVersion) {
            throw new ActionRefusedException("Someone else at your agency has responded to this recommendation "
                    + "since you opened it: reload to see their response");
        }
        recommendation.respond(Objects.requireNonNull(response), Text.required(reasons, 4000, "your reasons"),
                today(), me.actorName());
        application.changedBy(me.actorName(), clock.instant());
        history.record(recommendation.getApplicationId(), me.actorName(), "RECOMMENDATION_RESPONSE",
                recommendation.getAgencyName() + ": " + response.label() + ". Reasons: "
                        + recommendation.getResponseReasons());
    }

    private Application ownedBy(StaffMember me, long applicationId, org.casereview.application.Agency agency) {
        Application application = applications.findById(applicationId).orElseThrow(AgencyItemNotFound::new);
        if (agency != me.agency()
                || !me.covers(Objects.requireNonNull(application.getPartnership().getId()))) {
            throw new AgencyItemNotFound();
        }
        return application;
    }

    private StaffMember agencyUser() {
        StaffMember me = currentStaff.get();
        if (me.agency() == null) {
            throw new ActionRefusedException("Your account is not tied to an agency: ask an administrator");
        }
        return me;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), org.casereview.DomainConfiguration.UK);
    }

    /** Not this agency's, or not there: the same answer either way. */
    public static class AgencyItemNotFound extends RuntimeException {
        AgencyItemNotFound() {
            super("Not found");
        }
    }
}
