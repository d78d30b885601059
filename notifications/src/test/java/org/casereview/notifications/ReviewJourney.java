package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.casework.CaseworkService;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.review.CaseClosure;
import org.casereview.review.InformationRequest;
import org.casereview.review.NewRecommendation;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageService;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Takes a case through the review's steps with the domain's own services, signed in as a case officer of its
 * partnership, as the back office would: each step publishes its event and the listeners write their messages.
 */
@Component
class ReviewJourney {

    static final String APPLICANT = "Robin Applicant";
    static final String ADDRESS = "14 Quarry Lane";
    static final String POSTCODE = "TN13 2XX";
    static final String PHONE = "07700 900456";
    static final String INCIDENT = "Loud music and shouting from the flat below until 3am";
    static final String FINDINGS = "The police and the landlord each knew of the noise but did not share reports.";
    static final String RECOMMENDATION = "Share every noise report with the landlord within two working days.";
    static final String ACTION = "Joint visit to the neighbour by the police and the landlord";
    static final String DELAY_REASON = "We are waiting for the landlord's records.";
    static final String RESULT = "The joint visit happened and the noise has reduced.";
    static final String APPEAL = "The action plan does not deal with the noise at weekends.";
    static final String APPEAL_REASONS = "Weekend noise was reported but not planned for.";
    static final String NEW_RECOMMENDATION = "Patrol the street on Friday and Saturday nights.";
    static final String CLOSE_REASON = "You have told us you have moved out of the area.";
    static final List<PanelSeat> PANEL = List.of(
            new PanelSeat("Alex Inspector", "Neighbourhood inspector", "the police"),
            new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
            new PanelSeat("Jo Council", "Community safety manager", "the council"));

    private final ApplicationService applications;
    private final CaseworkService casework;
    private final DecisionService decisions;
    final ReviewService reviews;
    final SecondStageService secondStage;
    final CaseClosure closure;
    private final StaffAccountRepository accounts;
    private final JdbcTemplate jdbc;

    ReviewJourney(ApplicationService applications, CaseworkService casework, DecisionService decisions,
                  ReviewService reviews, SecondStageService secondStage, CaseClosure closure,
                  StaffAccountRepository accounts, JdbcTemplate jdbc) {
        this.applications = applications;
        this.casework = casework;
        this.decisions = decisions;
        this.reviews = reviews;
        this.secondStage = secondStage;
        this.closure = closure;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    /** Signs in as a new case officer of the partnership, who stays signed in. */
    StaffAccount signIn(String partnershipCode) {
        Long partnershipId = jdbc.queryForObject("select id from partnership where code = ?", Long.class,
                partnershipCode);
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccount account = accounts.save(new StaffAccount(username, "Olu Officer", "{noop}unused",
                EnumSet.of(StaffRole.CASE_OFFICER), partnershipId, false));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_OFFICER"))));
        return account;
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A telephone application with three incidents, acknowledged by phone and decided "met" by the signed-in officer,
     * who is its case officer.
     *
     * @param email   the applicant's e-mail address; null for one who gave none (post, or phone without an address)
     * @param address the applicant's postal address; null for one who gave none
     */
    Application reviewActivated(String partnershipCode, @Nullable String email, @Nullable String address) {
        StaffAccount officer = signIn(partnershipCode);
        LocalDate today = today();
        List<NewApplication.NewIncident> incidents = List.of(40, 20, 5).stream().map(days ->
                new NewApplication.NewIncident(today.minusDays(days + 1L), today.minusDays(days), Agency.POLICE, null,
                        "PR-" + days, INCIDENT)).toList();
        String reference = applications.submit(new NewApplication(partnershipCode, Channel.PHONE,
                ApplicantType.VICTIM, new NewApplication.Applicant(APPLICANT, address, address == null ? null
                : POSTCODE, PHONE, email), email != null ? ContactMethod.EMAIL
                : address != null ? ContactMethod.POST : ContactMethod.PHONE, true,
                incidents, null), "Test intake").reference();
        Application application = applications.byReference(reference).orElseThrow();
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        casework.assign(application.getId(), reload(application).getVersion(), officer.getId());
        decisions.decide(application.getId(), reload(application).getVersion(), DecisionOutcome.MET, null);
        return reload(application);
    }

    InformationRequest requestInformation(Application application, String agencyName, @Nullable String email,
                                          LocalDate dueOn) {
        return reviews.requestInformation(application.getId(), version(application), Agency.POLICE, agencyName,
                email, "Every report about the flat since January, and what you did about each.", dueOn);
    }

    /** Makes a request look as if it was asked for days ago and falls due on {@code dueOn}. */
    void backdate(InformationRequest request, int askedDaysAgo, LocalDate dueOn) {
        jdbc.update("update information_request set requested_on = ?, due_on = ? where id = ?",
                today().minusDays(askedDaysAgo), dueOn, request.getId());
    }

    /** The panel has met, with a recommendation to the landlord and one action. */
    void reviewHeld(Application application, @Nullable String landlordEmail) {
        reviews.recordPanel(application.getId(), version(application), new PanelRecord(today(), PANEL, null, null,
                null, true, true, FINDINGS));
        reviews.addRecommendation(application.getId(), version(application), Agency.HOUSING_PROVIDER,
                "Clarion Housing", landlordEmail, RECOMMENDATION);
        reviews.addAction(application.getId(), version(application), ACTION, "Clarion Housing",
                today().plusDays(14));
    }

    void sendOutcome(Application application) {
        reviews.sendOutcome(application.getId(), version(application));
    }

    void delay(Application application) {
        reviews.sendDelayNotice(application.getId(), version(application), DELAY_REASON,
                reload(application).outcomeDue().plusDays(10));
    }

    void finalReviewKeptOpen(Application application) {
        reviews.recordFinalReview(application.getId(), version(application), RESULT, today().plusMonths(3));
    }

    void appeal(Application application) {
        secondStage.recordRequest(application.getId(), version(application), SecondStageReview.About.OUTCOME,
                APPEAL, today());
    }

    void appealPartlyUpheld(Application application, @Nullable String councilEmail) {
        secondStage.decide(application.getId(), version(application), List.of(
                        new PanelSeat("Chris Head", "Head of community safety", "the council"),
                        new PanelSeat("Cllr Lee", PanelSeat.ELECTED_MEMBER, "the council")),
                SecondStageReview.Decision.PARTLY_UPHELD, APPEAL_REASONS,
                List.of(new NewRecommendation(Agency.POLICE, "The police", councilEmail, NEW_RECOMMENDATION)),
                false);
    }

    void close(Application application) {
        closure.close(application.getId(), version(application), CLOSE_REASON);
    }

    Application reload(Application application) {
        return applications.details(application.getId()).orElseThrow();
    }

    long version(Application application) {
        return reload(application).getVersion();
    }
}
