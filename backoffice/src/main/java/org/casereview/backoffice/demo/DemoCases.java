package org.casereview.backoffice.demo;

import org.casereview.DomainConfiguration;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.casework.CaseworkService;
import org.casereview.database.EmbeddedMariaDb;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.decision.ExclusionKind;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.review.AgencyWork;
import org.casereview.review.CaseClosure;
import org.casereview.review.InformationRequest;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.PlannedAction;
import org.casereview.review.Recommendation;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageService;
import org.casereview.staff.StaffRole;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sample cases for trying the back office without the portal, one or more in every state of the case's life cycle
 * across the seeded partnerships: applications by each channel (some received days ago, so the work queue has
 * something due and overdue), threshold decisions each way, reviews at every step (requests answered, waiting and
 * overdue, a panel, recommendations and the agencies' responses, an action plan, an outcome, a final review), appeals
 * waiting for the panel, and closed and withdrawn cases. Each step goes through the services as the demo staff
 * accounts; dates are moved with SQL only to make something due or overdue. Only with
 * {@code CASEREVIEW_DEMO_SAMPLES=true} in the demo mode, on the embedded database, and only when there are no cases.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = {"casereview.demo", "casereview.demo.sample-cases"}, havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final String KENT_POLICE = "Kent Police";
    private static final String NOTTS_POLICE = "Nottinghamshire Police";

    private final ApplicationService applications;
    private final ApplicationRepository repository;
    private final PartnershipRepository partnerships;
    private final CaseworkService casework;
    private final DecisionService decisions;
    private final ReviewService reviews;
    private final SecondStageService secondStage;
    private final CaseClosure closure;
    private final AgencyWork agencyWork;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<EmbeddedMariaDb> embeddedDatabase;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    DemoCases(ApplicationService applications, ApplicationRepository repository, PartnershipRepository partnerships,
              CaseworkService casework, DecisionService decisions, ReviewService reviews,
              SecondStageService secondStage, CaseClosure closure, AgencyWork agencyWork, JdbcTemplate jdbc,
              ObjectProvider<EmbeddedMariaDb> embeddedDatabase) {
        this.applications = applications;
        this.repository = repository;
        this.partnerships = partnerships;
        this.casework = casework;
        this.decisions = decisions;
        this.reviews = reviews;
        this.secondStage = secondStage;
        this.closure = closure;
        this.agencyWork = agencyWork;
        this.jdbc = jdbc;
        this.embeddedDatabase = embeddedDatabase;
    }

    private static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embeddedDatabase.getIfAvailable() == null || repository.count() > 0) {
            return;
        }
        LocalDate fiveWorkingDaysAgo = today();
        for (int i = 0; i < 5; i++) {
            fiveWorkingDaysAgo = calendar.previousWorkingDay(fiveWorkingDaysAgo);
        }
        // Received: waiting to be acknowledged, or acknowledged at once online, and waiting for the decision.
        sample("tonbridge-malling", Channel.PHONE, "Margaret Ellis", "14 Quarry Hill Road, Tonbridge", "TN9 2RN",
                "01732 960 111", null, ContactMethod.PHONE, fiveWorkingDaysAgo,
                "Loud music from the flat below until 3am", 60, 35, 12);
        sample("sevenoaks", Channel.ONLINE, "Dev Patel", null, null, null, "d.patel@example.org",
                ContactMethod.EMAIL, today(), "Group gathering outside the shop, shouting at customers", 70, 40, 9);
        sample("bassetlaw", Channel.LETTER, "Tom Hughes", "3 Canal Street, Worksop", "S80 2AB", null, null,
                ContactMethod.POST, calendar.previousWorkingDay(today()), "Car repeatedly damaged on the driveway",
                45, 20);
        sample("folkestone-hythe", Channel.EMAIL, "Sarah Wood", "8 Marine Parade, Folkestone", "CT20 1PX",
                "07700 900 456", "sarah.wood@example.org", ContactMethod.EMAIL, today(),
                "Neighbour's dog left barking all day; abuse when asked to stop", 150, 50, 30, 6);
        sample("newark-sherwood", Channel.PARTNER_AGENCY, "Aisha Khan", "21 Balderton Gate, Newark", "NG24 1UW",
                "01636 960 222", "aisha.khan@example.org", ContactMethod.EMAIL, today(),
                "Racist graffiti on the front door and garden wall", 80, 25, 8);
        sample("test-valley", Channel.ONLINE, "Gary Lowe", "5 Bridge Street, Andover", "SP10 1BL", "01264 960 333",
                null, ContactMethod.PHONE, today(), "Fireworks thrown into the garden", 30, 15);
        try {
            asStaff("officer", StaffRole.CASE_OFFICER);
            afterTheThreshold();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One case in each state after the application arrives, made step by step as staff and agencies would. */
    private void afterTheThreshold() {
        long acknowledged = sample("tonbridge-malling", Channel.PHONE, "Brian Cole", "2 Pembury Road, Tonbridge",
                "TN9 2HS", "01732 960 444", null, ContactMethod.PHONE, today(),
                "Youths throwing stones at the windows in the evening", 50, 30, 10);
        acknowledge(acknowledged);

        long notMet = sample("sevenoaks", Channel.PHONE, "Helen Marsh", "7 London Road, Sevenoaks", "TN13 1AJ",
                "01732 960 555", "h.marsh@example.org", ContactMethod.EMAIL, today(),
                "Neighbour's bonfires every weekend", 40);
        decide(notMet, DecisionOutcome.NOT_MET);

        long excluded = sample("folkestone-hythe", Channel.LETTER, "Ray Dunn", "40 Cheriton Road, Folkestone",
                "CT20 1BX", null, null, ContactMethod.POST, today(), "Drug dealing from the flat next door",
                60, 30, 10);
        acknowledge(excluded);
        decisions.recordExclusion(excluded, version(excluded), ExclusionKind.AGENCY_TIMEFRAME, KENT_POLICE,
                today().plusWeeks(3), "The police gave six weeks to act on the closure order");
        decide(excluded, DecisionOutcome.EXCLUDED);

        // Review activated: one agency answered by e-mail, one waiting (the demo police user sees it), one overdue.
        long activated = met("tonbridge-malling", "Joan Price", "11 Barden Road, Tonbridge", "TN9 1TX",
                "Intimidation by a neighbour's visitors on the stairs");
        request(activated, Agency.POLICE, KENT_POLICE, 10);
        long housing = request(activated, Agency.HOUSING_PROVIDER, "Clarion Housing", 10);
        reviews.recordAnswer(activated, version(activated), housing, "Two tenancy warnings to the neighbour "
                + "(12 and 30 of last month); a noise diary given to the applicant; no visit yet.", today());
        long council = request(activated, Agency.COUNCIL, "Tonbridge and Malling Borough Council", 10);
        jdbc.update("UPDATE information_request SET requested_on = ?, due_on = ? WHERE id = ?",
                today().minusDays(20), calendar.previousWorkingDay(today()), council);

        // Review activated, the outcome due within days: the delay notice prompt.
        long delayed = met("bassetlaw", "Peter Grant", "9 Bridge Place, Worksop", "S80 1DT",
                "Motorbikes ridden across the playing field at night");
        request(delayed, Agency.POLICE, NOTTS_POLICE, 10);
        jdbc.update("UPDATE application SET decision_due = ? WHERE id = ?", calendar.plusWorkingDays(today(), 3),
                delayed);

        // Review held: the police answered in the back office; the panel met with a peer review.
        long held = met("tonbridge-malling", "Lena Novak", "6 Priory Street, Tonbridge", "TN9 2AN",
                "Shouting and banging on the shared wall at night");
        long heldRequest = request(held, Agency.POLICE, KENT_POLICE, 10);
        answerAsPolice(heldRequest, "Eight calls since March; two officer visits; a community protection warning "
                + "issued on the 2nd of last month. One report was treated as vexatious.");
        panel(held, "tonbridge-malling", "Sevenoaks Community Safety Partnership");
        addRecommendation(held, Agency.POLICE, KENT_POLICE, "Check on the household after each reported incident "
                + "for the next three months");
        addRecommendation(held, Agency.HOUSING_PROVIDER, "Clarion Housing", "Start tenancy enforcement against "
                + "the neighbour if the warning is breached");
        reviews.addAction(held, version(held), "Joint visit to the neighbour", "Clarion Housing",
                today().plusDays(14));

        // Outcome sent six months ago: the final review is overdue; the police have not responded yet.
        long finalDue = outcome("tonbridge-malling", "Owen Hart", "22 Shipbourne Road, Tonbridge", "TN10 3DJ",
                "Abusive neighbour blocking the shared drive");
        shiftBack(finalDue, ChronoUnit.DAYS.between(today().minusDays(3), today().plusMonths(6)));

        // Outcome sent today: the agency's response recorded by staff from an e-mail.
        long sent = outcome("newark-sherwood", "Grace Obi", "15 Albert Street, Newark", "NG24 4BJ",
                "Fly-tipping and abuse from the house opposite");
        reviews.file(sent).recommendations().stream().filter(r -> r.getAgency() == Agency.COUNCIL).findFirst()
                .ifPresent(r -> reviews.recordResponse(sent, version(sent), Objects.requireNonNull(r.getId()),
                        Recommendation.Response.WILL_ACT, "Our enforcement team will visit within two weeks"));

        // Appeals waiting for the independent panel: against a not-met decision, and against an outcome.
        long appealNotMet = sample("sevenoaks", Channel.PHONE, "Ivan Roberts", "3 High Street, Sevenoaks",
                "TN13 1HX", "01732 960 666", null, ContactMethod.PHONE, today(),
                "Parking across the driveway and threats", 25);
        decide(appealNotMet, DecisionOutcome.NOT_MET);
        secondStage.recordRequest(appealNotMet, version(appealNotMet), SecondStageReview.About.OUTCOME,
                "Two earlier reports to the council were not counted", today());
        long appealOutcome = outcome("folkestone-hythe", "Nadia Shah", "19 Tontine Street, Folkestone", "CT20 1JT",
                "Cars racing along the seafront at night");
        secondStage.recordRequest(appealOutcome, version(appealOutcome), SecondStageReview.About.HANDLING,
                "Nobody contacted me during the review and the action plan does not cover the seafront", today());

        // Closed after the final review, closed by staff, and withdrawn.
        long closed = outcome("bassetlaw", "Colin Webb", "5 Potter Street, Worksop", "S80 2AH",
                "Dog fouling and abuse in the alley");
        reviews.file(closed).actions().forEach(action -> reviews.updateAction(closed, version(closed),
                Objects.requireNonNull(action.getId()), PlannedAction.Status.COMPLETE, "Done"));
        reviews.recordFinalReview(closed, version(closed), "Every action is done and the resident reports no "
                + "incidents in the last two months.", null);
        long duplicate = sample("test-valley", Channel.PHONE, "Gary Lowe", "5 Bridge Street, Andover", "SP10 1BL",
                "01264 960 333", null, ContactMethod.PHONE, today(), "Fireworks thrown into the garden", 30, 15);
        closure.close(duplicate, version(duplicate), "Duplicate of the online application made the same day");
        long withdrawn = met("sevenoaks", "Rosa Lima", "12 Dartford Road, Sevenoaks", "TN13 3TQ",
                "Noise from a house of multiple occupation");
        closure.recordWithdrawal(withdrawn, version(withdrawn), "Phoned: the landlord has evicted the tenants and "
                + "the problem has stopped");
    }

    private long met(String partnership, String name, String address, String postcode, String behaviour) {
        long id = sample(partnership, Channel.PHONE, name, address, postcode, "01632 960 " + (100 + name.length()),
                name.toLowerCase().replace(' ', '.') + "@example.org", ContactMethod.EMAIL, today(), behaviour,
                45, 25, 8);
        decide(id, DecisionOutcome.MET);
        return id;
    }

    /** Met, panel held, a recommendation to the police and the council, an action each; outcome sent today. */
    private long outcome(String partnership, String name, String address, String postcode, String behaviour) {
        long id = met(partnership, name, address, postcode, behaviour);
        String police = notts(partnership) ? NOTTS_POLICE : KENT_POLICE;
        long asked = request(id, Agency.POLICE, police, 10);
        reviews.recordAnswer(id, version(id), asked, "Six reports; two visits; no further action on four.",
                today());
        panel(id, partnership, null);
        addRecommendation(id, Agency.POLICE, police, "Patrol the street on Friday and Saturday nights for two "
                + "months");
        addRecommendation(id, Agency.COUNCIL, partnerships.findByCode(partnership).orElseThrow().getName()
                + " Council", "Visit the applicant and record each new incident in one log shared with the police");
        reviews.addAction(id, version(id), "Evening patrols", police, today().plusWeeks(8));
        reviews.addAction(id, version(id), "Home visit and shared incident log", "Council", today().plusWeeks(2));
        reviews.sendOutcome(id, version(id));
        return id;
    }

    private static boolean notts(String partnership) {
        return partnership.equals("bassetlaw") || partnership.equals("newark-sherwood");
    }

    /**
     * Moves every date of a case made today back by {@code days}, as if it had all happened then: its history, the
     * threshold decision, the review's requests, panel, recommendations and actions, and the messages it wrote.
     */
    private void shiftBack(long id, long days) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("application", List.of("received_on", "received_at", "consent_given_at", "declaration_made_at",
                "acknowledged_on", "acknowledgement_due", "decision_due", "decided_on", "outcome_sent_on",
                "final_review_due", "last_changed_at"));
        columns.put("incident", List.of("occurred_on", "reported_on"));
        columns.put("case_event", List.of("occurred_at"));
        columns.put("threshold_decision", List.of("decided_at", "decided_on"));
        columns.put("information_request", List.of("requested_on", "due_on", "answered_on"));
        columns.put("panel_meeting", List.of("held_on", "recorded_at"));
        columns.put("recommendation", List.of("issued_on", "responded_on", "created_at"));
        columns.put("planned_action", List.of("due_on", "completed_on", "created_at"));
        columns.put("outbox_message", List.of("created_at", "sent_at"));
        columns.forEach((table, dates) -> jdbc.update("UPDATE " + table + " SET " + String.join(", ",
                dates.stream().map(column -> column + " = " + column + " - INTERVAL " + days + " DAY").toList())
                + " WHERE " + (table.equals("application") ? "id" : "application_id") + " = ?", id));
    }

    private void acknowledge(long id) {
        casework.acknowledge(id, version(id), AcknowledgementMethod.PHONE, "Spoke to the applicant");
    }

    private void decide(long id, DecisionOutcome outcome) {
        if (repository.findById(id).orElseThrow().getAcknowledgedOn() == null) {
            acknowledge(id);
        }
        decisions.decide(id, version(id), outcome, outcome == DecisionOutcome.NOT_MET
                ? "Only one report in the last six months" : null);
    }

    private long request(long id, Agency agency, String name, int workingDays) {
        InformationRequest request = reviews.requestInformation(id, version(id), agency, name, null,
                "Your agency's complete case details about this household and the actions you took, including "
                        + "reports you considered vexatious and any work still in progress.",
                calendar.plusWorkingDays(today(), workingDays));
        return Objects.requireNonNull(request.getId());
    }

    /** As the demo police user (Tonbridge and Malling), in the back office. */
    private void answerAsPolice(long requestId, String answer) {
        asStaff("agency", StaffRole.PARTNER_AGENCY);
        try {
            AgencyWork.RequestForAgency request = agencyWork.requests(Pageable.ofSize(100)).stream()
                    .filter(r -> r.id() == requestId).findFirst().orElseThrow();
            agencyWork.answer(requestId, request.version(), answer);
        } finally {
            asStaff("officer", StaffRole.CASE_OFFICER);
        }
    }

    /** The panel, recorded by the demo panel member. */
    private void panel(long id, String partnership, @Nullable String peerReviewBy) {
        String area = partnerships.findByCode(partnership).orElseThrow().getName();
        boolean notts = notts(partnership);
        asStaff("panel", StaffRole.PANEL_MEMBER);
        try {
            reviews.recordPanel(id, version(id), new PanelRecord(today(), List.of(
                    new PanelSeat("Insp. Alex Moore", "Neighbourhood inspector", notts ? NOTTS_POLICE : KENT_POLICE),
                    new PanelSeat("Sam Reid", "Tenancy services manager", "Clarion Housing"),
                    new PanelSeat("Jo Patel", "Community safety manager", area + " Council"),
                    new PanelSeat("Dr Kim Lowe", "Safeguarding lead", "NHS Integrated Care Board")),
                    "Cllr Pat Green (independent chair)", peerReviewBy,
                    peerReviewBy == null ? null : "The agencies' records agree; the action plan should add a "
                            + "named contact for the applicant.", true, true,
                    "The agencies each responded to single reports but did not share what they knew, so nobody "
                            + "saw the pattern. The applicant was not told what had been done."));
        } finally {
            asStaff("officer", StaffRole.CASE_OFFICER);
        }
    }

    private void addRecommendation(long id, Agency agency, String name, String text) {
        reviews.addRecommendation(id, version(id), agency, name, null, text);
    }

    private long version(long id) {
        return repository.findById(id).orElseThrow().getVersion();
    }

    private static void asStaff(String username, StaffRole role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    private long sample(String partnership, Channel channel, String name, @Nullable String address,
                        @Nullable String postcode, @Nullable String phone, @Nullable String email,
                        ContactMethod contact, LocalDate receivedOn, String behaviour, int... daysBeforeReceipt) {
        List<NewApplication.NewIncident> incidents = new ArrayList<>();
        LocalDate today = today();
        for (int days : daysBeforeReceipt) {
            LocalDate occurred = receivedOn.minusDays(days);
            incidents.add(new NewApplication.NewIncident(occurred, occurred.plusDays(1).isAfter(today) ? occurred
                    : occurred.plusDays(1), Agency.POLICE, null, "PC-" + (10000 + days * 37), behaviour));
        }
        var submitted = applications.submit(new NewApplication(partnership, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, address, postcode, phone, email), contact, true, incidents,
                null), "Demo data");
        if (!receivedOn.equals(today)) {
            // As if it had arrived on that day: the clocks then show a step due soon or overdue.
            var policy = partnerships.findByCode(partnership).orElseThrow().policy();
            var deadlines = CaseDeadlines.forApplication(policy, calendar, channel.isOnline(), receivedOn, null);
            jdbc.update("""
                    UPDATE application SET received_on = ?, received_at = ?, consent_given_at = received_at,
                           acknowledgement_due = ?, decision_due = ?
                    WHERE reference = ?""", receivedOn, receivedOn.atTime(10, 0).toInstant(ZoneOffset.UTC),
                    deadlines.acknowledgementDue(), deadlines.decisionDue(), submitted.reference());
        }
        return Objects.requireNonNull(applications.byReference(submitted.reference()).orElseThrow().getId());
    }
}
