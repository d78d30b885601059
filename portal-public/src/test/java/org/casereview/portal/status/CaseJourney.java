package org.casereview.portal.status;

import org.casereview.DomainConfiguration;
import org.casereview.applicantaccess.AccessCodes;
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
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageService;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cases at each stage for the "Check your case" tests, moved on by the real services as a case officer of the
 * partnership would; and the security code as the applicant's e-mail carries it.
 */
@Component
class CaseJourney {

    static final String AREA = "tonbridge-malling";
    static final List<PanelSeat> PANEL = List.of(
            new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
            new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
            new PanelSeat("Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council"));
    private static final Pattern CODE = Pattern.compile("Your security code is: (\\d{6})");

    private final ApplicationService applications;
    private final CaseworkService casework;
    private final DecisionService decisions;
    private final ReviewService reviews;
    private final SecondStageService secondStage;
    private final AccessCodes accessCodes;
    private final StaffAccountRepository accounts;
    private final PartnershipRepository partnerships;
    private final OutboxRepository outbox;

    CaseJourney(ApplicationService applications, CaseworkService casework, DecisionService decisions,
                ReviewService reviews, SecondStageService secondStage, AccessCodes accessCodes,
                StaffAccountRepository accounts, PartnershipRepository partnerships, OutboxRepository outbox) {
        this.applications = applications;
        this.casework = casework;
        this.decisions = decisions;
        this.reviews = reviews;
        this.secondStage = secondStage;
        this.accessCodes = accessCodes;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.outbox = outbox;
    }

    static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    /** An application with incidents reported 40, 20 and 5 days ago, by {@code channel}; a unique e-mail if any. */
    Application apply(Channel channel, boolean withEmail) {
        String email = withEmail ? "applicant." + UUID.randomUUID() + "@example.org" : null;
        LocalDate today = today();
        List<NewApplication.NewIncident> incidents = List.of(40, 20, 5).stream().map(days ->
                new NewApplication.NewIncident(today.minusDays(days + 1L), today.minusDays(days), Agency.POLICE, null,
                        "REF-" + days, "Shouting and banging at night, " + days + " days ago")).toList();
        String reference = applications.submit(new NewApplication(AREA, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant("Rowan Resident", "3 Station Road", "ME19 4LZ", "01632 960 123", email),
                email == null ? ContactMethod.PHONE : ContactMethod.EMAIL, true, incidents, null), "Test intake")
                .reference();
        return reload(reference);
    }

    Application reload(String reference) {
        return applications.byReference(reference).orElseThrow();
    }

    /** Does something as a case officer of the area, then signs them out again. */
    Application asOfficer(Application application, LongConsumer change) {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(new StaffAccount(username, "Officer " + username, "{noop}secret-password",
                EnumSet.of(StaffRole.CASE_OFFICER), partnerships.findByCode(AREA).orElseThrow().getId(), false));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_OFFICER"))));
        try {
            change.accept(application.getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return reload(application.getReference());
    }

    long version(Application application) {
        return reload(application.getReference()).getVersion();
    }

    Application acknowledged(Application application) {
        if (application.getAcknowledgedOn() != null) {
            return application;
        }
        return asOfficer(application, id -> casework.acknowledge(id, application.getVersion(),
                AcknowledgementMethod.PHONE, null));
    }

    Application decided(Application application, DecisionOutcome outcome, @Nullable String reason) {
        Application acknowledged = acknowledged(application);
        return asOfficer(acknowledged, id -> decisions.decide(id, acknowledged.getVersion(), outcome, reason));
    }

    Application panelMet(Application activated) {
        return asOfficer(activated, id -> reviews.recordPanel(id, activated.getVersion(), new PanelRecord(today(),
                PANEL, null, null, null, true, true, "Internal finding: the police log was incomplete")));
    }

    Application delayed(Application application, String reason, LocalDate newDue) {
        return asOfficer(application, id -> reviews.sendDelayNotice(id, version(application), reason, newDue));
    }

    Application outcomeSent(Application held) {
        return asOfficer(held, id -> reviews.sendOutcome(id, version(held)));
    }

    Application finalReviewed(Application sent, String result) {
        return asOfficer(sent, id -> reviews.recordFinalReview(id, version(sent), result, null));
    }

    Application secondStageDecided(Application appealed, SecondStageReview.Decision decision, String reasons) {
        return asOfficer(appealed, id -> secondStage.decide(id, version(appealed), List.of(
                new PanelSeat("Chris Head", "Head of community safety", "Council"),
                new PanelSeat("Cllr Lee", PanelSeat.ELECTED_MEMBER, "Council")), decision, reasons, List.of(), false));
    }

    String accessCode(Application application) {
        String[] code = new String[1];
        asOfficer(application, id -> code[0] = accessCodes.issue(id).code());
        return code[0];
    }

    /** The newest security code e-mailed to this address, as the applicant reads it. */
    String securityCodeSentTo(String email) {
        OutboxMessage message = outbox.findAll().stream()
                .filter(m -> m.getRecipient().equals(email) && m.getTemplate().equals("security-code"))
                .max(Comparator.comparing(OutboxMessage::getId)).orElseThrow();
        Matcher code = CODE.matcher(message.getBodyText());
        if (!code.find()) {
            throw new AssertionError("No code in the e-mail");
        }
        return code.group(1);
    }

    long securityCodesSent() {
        return outbox.findAll().stream().filter(m -> m.getTemplate().equals("security-code")).count();
    }
}
