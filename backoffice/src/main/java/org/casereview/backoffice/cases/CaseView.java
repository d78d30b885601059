package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.casereview.accesslog.CaseAccessEntry;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.ApplicationThreshold;
import org.casereview.application.GroupMember;
import org.casereview.application.Incident;
import org.casereview.application.IncidentSource;
import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;
import org.casereview.backoffice.messages.CaseMessagesView;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.Facts;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.backoffice.ui.Tags;
import org.casereview.casework.CaseFile;
import org.casereview.casework.CaseworkService;
import org.casereview.casework.LinkedCase;
import org.casereview.decision.DecisionService;
import org.casereview.decision.ThresholdDecision;
import org.casereview.history.CaseEvent;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.risk.GivenAnswer;
import org.casereview.risk.RiskAnswer;
import org.casereview.risk.RiskAssessment;
import org.casereview.risk.RiskQuestionnaire;
import org.casereview.review.CaseClosure;
import org.casereview.review.ReviewFile;
import org.casereview.review.ReviewService;
import org.casereview.risk.RiskService;
import org.casereview.staff.MyAccount;
import org.casereview.staff.StaffMember;
import org.casereview.staff.StaffRole;

import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One case: where its steps stand, what can be done next, everything the applicant told us, incidents added from
 * agencies, linked cases, the risk assessment, the decision, and the full history. Every change from this page names
 * the version it showed; if someone else saved the case since, the change is refused and the page offers a reload.
 */
@Route("cases/:id")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER})
public class CaseView extends CasePage<CaseFile> {

    private final CaseworkService casework;
    private final DecisionService decisions;
    private final RiskService risk;
    private final MyAccount myAccount;
    private final CaseMessages caseMessages;
    private final ReviewService reviews;
    private final CaseClosure closure;
    private final CaseAccessLog accessLog;
    /** The version of the case the page shows now; a form opened before a reload sends this one. */
    private long shownVersion;

    CaseView(CaseworkService casework, DecisionService decisions, RiskService risk, MyAccount myAccount,
             CaseMessages caseMessages, ReviewService reviews, CaseClosure closure, CaseAccessLog accessLog) {
        super("Case – Case Review", accessLog, CaseScreen.CASE);
        this.accessLog = accessLog;
        this.casework = casework;
        this.reviews = reviews;
        this.closure = closure;
        this.caseMessages = caseMessages;
        this.decisions = decisions;
        this.risk = risk;
        this.myAccount = myAccount;
        addClassNames("view", "case-view");
    }

    @Override
    protected CaseFile load(long caseId) {
        return casework.open(caseId);
    }

    @Override
    protected void show(CaseFile file) {
        removeAll();
        Application a = file.application();
        shownVersion = file.version();
        setPageTitle(a.getReference() + " – Case Review");
        StaffMember me = myAccount.me();
        RiskQuestionnaire questionnaire = risk.questionnaire(id);
        ThresholdDecision decision = decisions.review(id).decision();

        RouterLink back = new RouterLink(file.canWork() ? "← All cases" : "← Case reviews", CaseListView.class);
        back.addClassName("back-link");
        H1 heading = new H1(a.getReference());
        heading.setId("case-reference");
        Span officer = new Span(file.officer() == null ? "Unassigned" : "Officer: " + file.officer().displayName());
        officer.addClassNames("tag", "tag--officer");
        officer.setId("case-officer");
        Span riskTag = Tags.risk(a.getRiskLevel());
        riskTag.setId("case-risk");
        Div tags = new Div(Tags.status(a.getStatus()), riskTag, officer);
        tags.addClassName("tags");
        tags.setId("case-tags");
        Div header = new Div(heading, tags);
        header.addClassName("case-header");
        add(back, header);
        protectionBanner(a).ifPresent(this::add);
        if (a.getStatus().isClosed()) {
            add(CaseEnds.closedBanner(a));
        }
        // After the threshold decision, the case review (or the appeal) has its own page; its next step shows here.
        ReviewFile review = a.getDecidedOn() == null ? null : reviews.file(id);

        Div main = new Div();
        main.addClassName("case-main");
        Div side = new Div();
        side.addClassName("case-side");
        Div layout = new Div(main, side);
        layout.addClassName("case-layout");
        add(layout);

        side.add(clocks(file, review), actions(file, me, questionnaire));
        side.add(section("Risk and vulnerability", riskSummary(questionnaire)));
        side.add(section("Threshold decision", decisionSummary(a, decision)));
        side.add(section("Linked cases", links(file)));

        main.add(section("Application", applicationFacts(a)));
        main.add(section("Applicant", Facts.of(
                "Applying as", a.getApplicantType().label(),
                "Name", a.getApplicantName(),
                "Role", a.getApplicantRole(),
                "Address", a.getApplicantAddress(),
                "Postcode", a.getApplicantPostcode(),
                "Date of birth", a.getApplicantDateOfBirth() == null ? null : Formats.date(a.getApplicantDateOfBirth()),
                "Phone", a.getApplicantPhone(),
                "E-mail", a.getApplicantEmail(),
                "Prefers contact by", a.getPreferredContact().label())));
        if (a.getApplicantType() == ApplicantType.ON_BEHALF_OF_VICTIM) {
            main.add(section("Applying for the victim", Facts.of(
                    "Relationship", a.getRelationship() == null ? null
                            : a.getRelationshipOther() != null ? a.getRelationshipOther() : a.getRelationship().label(),
                    "Victim agreed", a.isVictimConsented() ? "Yes, " + consentMethod(a) : "No")));
        }
        if (a.hasSeparateVictim()) {
            boolean organisation = a.getApplicantType() == ApplicantType.BUSINESS_OR_GROUP;
            main.add(section(organisation ? "Victim: business or group" : "Victim", Facts.of(
                    "Name", a.getVictimName(),
                    "Address", a.getVictimAddress(),
                    "Postcode", a.getVictimPostcode(),
                    "Date of birth", a.getVictimDateOfBirth() == null ? null : Formats.date(a.getVictimDateOfBirth()),
                    "Phone", a.getVictimPhone(),
                    "E-mail", a.getVictimEmail())));
        }
        if (a.getApplicantType() == ApplicantType.ON_BEHALF_OF_GROUP) {
            Div members = new Div();
            members.setId("group-members");
            for (GroupMember member : a.getGroupMembers()) {
                members.add(Facts.of(
                        "Member", member.getName(),
                        "Contact", member.getContact(),
                        "Agreed", member.isConsented() ? "Yes, " + consentMethod(a) : "No"));
            }
            main.add(section("Group: " + (a.getGroupName() == null ? "not named" : a.getGroupName())
                    + " (" + a.getGroupMembers().size() + " members)", members));
        }
        main.add(section("Contact", Facts.of(
                "Ways to contact", joined(a.getContactChannels().stream().map(c -> c.label()).toList()),
                "Safe times", a.getSafeContactTimes(),
                "Letters safe", answer(a.getLettersSafe()),
                "Voicemail safe", answer(a.getVoicemailSafe()),
                "Formats", joined(a.getAccessibleFormats().stream()
                        .map(f -> f == org.casereview.application.AccessibleFormat.OTHER && a.getAccessibleFormatsOther() != null
                                ? a.getAccessibleFormatsOther() : f.label()).toList()),
                "Interpreter or language", a.isInterpreterNeeded() ? "Yes: " + a.getPreferredLanguage() : "No")));
        Div incidents = new Div();
        incidents.setId("incidents");
        for (Incident incident : a.getIncidents()) {
            Facts card = Facts.of(
                    "Happened", Formats.date(incident.getOccurredOn()),
                    "Reported", Formats.date(incident.getReportedOn()),
                    "Reported by", incident.getReportedBy() == null ? "Applicant" : incident.getReportedBy(),
                    "Reported to", incident.reportedToName(),
                    "Person or team", incident.getReportedToPerson(),
                    "Reference", incident.getAgencyReference(),
                    "How reported", incident.getHowReported() == null ? null : incident.getHowReported().label(),
                    "Kind of behaviour", incident.getBehaviour() == null ? null : incident.getBehaviour().label(),
                    "Where", incident.getLocation(),
                    "What happened", incident.getDescription(),
                    "Same problem as the others", answer(incident.getSameAsOthers()),
                    "Action taken", incident.getActionTaken(),
                    "Reporter satisfied", answer(incident.getReporterSatisfied()),
                    "Time-frame for action", incident.getTimeframeEndsOn() == null ? answer(incident.getTimeframeGiven())
                            : "Until " + Formats.date(incident.getTimeframeEndsOn()));
            if (incident.getSource() == IncidentSource.AGENCY) {
                card.add("Source", "Reported by an agency, added by " + incident.getAddedBy()
                        + (incident.getReporterName() == null ? "" : "; reported by " + incident.getReporterName()));
            }
            Div wrapper = new Div(new H2(incident.label()), card);
            wrapper.addClassName("incident");
            if (incident.getSource() == IncidentSource.AGENCY) {
                wrapper.addClassName("incident--agency");
            }
            incidents.add(wrapper);
        }
        main.add(section("Incidents (" + a.getIncidents().size() + ")", incidents));
        main.add(section("The problem, impact and vulnerability", Facts.of(
                "Still happening", answer(a.getProblemPersists()),
                "Only about one organisation", a.getOnlyOneAgencyConduct() == Answer.YES
                        ? "Yes: " + a.getConductAgency() : answer(a.getOnlyOneAgencyConduct()),
                "Affects", joined(a.getImpactAreas().stream().map(i -> i.label()).toList()),
                "Impact in their words", a.getImpactDescription(),
                "Disability or long-term illness", withDetails(a.getDisabilityOrIllness(), a.getVulnerabilityDetails()),
                "Feels targeted", withDetails(a.getFeelsTargeted(), a.getTargetedDetails()),
                "Other households affected", answer(a.getOtherHouseholdsAffected()))));
        // The domain's own check on the incidents as listed, as of the day received: a guide for the officer.
        Div threshold = new Div();
        threshold.setId("threshold-check");
        for (String line : ThresholdWording.forStaff(ApplicationThreshold.assess(a)).split("\n")) {
            threshold.add(new Paragraph(line));
        }
        main.add(section("Threshold check on the incidents as listed", threshold));
        main.add(section("Messages", new Div(messages(), new RouterLink("Preview messages and open what was sent",
                CaseMessagesView.class, new RouteParameters(new RouteParam("id", id))))));
        main.add(section("History", history(file)));
        if (me.has(StaffRole.MANAGER)) {
            main.add(section("Who has looked at this case", openings()));
        }
    }

    /** Every opening of the case, newest first, a page at a time: for managers. */
    private Component openings() {
        Grid<CaseAccessEntry> grid = new Grid<>();
        grid.setId("case-openings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> Formats.dateTime(entry.openedAt())).setHeader("When").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.displayName() + " (" + entry.username() + ")").setHeader("Who").setFlexGrow(1);
        grid.addColumn(entry -> entry.screen().label()).setHeader("Screen").setWidth("10rem").setFlexGrow(0);
        grid.setItems(query -> accessLog.of(id, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accessLog.of(id, PageRequest.of(0, 1)).getTotalElements());
        grid.setHeight("16rem");
        return grid;
    }

    /**
     * How and when it arrived. One recorded by staff arrived on a day (the time is when it was typed in, said
     * separately), and its consent and declaration were given when it arrived.
     */
    private static Facts applicationFacts(Application a) {
        boolean recorded = a.getRecordedBy() != null;
        String forwarded = a.forwardedByLabel();
        Facts facts = Facts.of(
                "Council area", a.getPartnership().getName(),
                "Channel", a.getChannel().label() + (forwarded == null ? "" : ": " + forwarded),
                "Received", recorded ? Formats.date(a.getReceivedOn()) : Formats.dateTime(a.getReceivedAt()));
        if (recorded) {
            facts.add("Recorded", Formats.dateTime(a.getRecordedAt()) + " by " + a.getRecordedBy());
        }
        facts.add("Consent to share", !a.isConsentToShare() ? "Not given"
                : "Given " + (recorded ? Formats.date(a.getReceivedOn()) : Formats.dateTime(a.getConsentGivenAt())));
        facts.add("Declaration", !a.isDeclarationMade() || a.getDeclarationMadeAt() == null ? "Not made"
                : "Made " + (recorded ? Formats.date(a.getReceivedOn()) : Formats.dateTime(a.getDeclarationMadeAt())));
        facts.setId("application-facts");
        return facts;
    }

    private static String consentMethod(Application a) {
        if (a.getConsentMethod() == null) {
            return "how not recorded";
        }
        return a.getConsentDetails() != null ? a.getConsentDetails() : a.getConsentMethod().label().toLowerCase();
    }

    private static @Nullable String answer(@Nullable Answer answer) {
        return answer == null ? null : answer.label();
    }

    private static @Nullable String withDetails(@Nullable Answer answer, @Nullable String details) {
        if (answer == null) {
            return null;
        }
        return answer == Answer.YES && details != null ? "Yes: " + details : answer.label();
    }

    private static @Nullable String joined(List<String> labels) {
        return labels.isEmpty() ? null : String.join(", ", labels);
    }

    /** What the applicant has been sent, by which channel, and what became of it (sent, waiting to print, failed). */
    private Component messages() {
        List<CaseMessages.MessageSummary> sent = caseMessages.of(id);
        if (sent.isEmpty()) {
            Paragraph none = new Paragraph("None yet.");
            none.setId("case-messages");
            return none;
        }
        Grid<CaseMessages.MessageSummary> grid = new Grid<>();
        grid.setId("case-messages");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader("Written").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(m -> m.channel() == OutboxMessage.Channel.EMAIL ? "E-mail" : "Letter").setHeader("By")
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(CaseMessages.MessageSummary::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(m -> switch (m.status()) {
            case PENDING -> "Sending";
            case SENT -> "Sent " + Formats.dateTime(m.deliveredAt());
            case FAILED -> "Failed: see the print queue";
            case AWAITING_PRINT -> "Waiting in the print queue";
            case POSTED -> "Posted " + Formats.dateTime(m.deliveredAt());
            case CANCELLED -> "Not sent: the case was anonymised";
        }).setHeader("What happened").setFlexGrow(2);
        grid.setItems(sent);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component clocks(CaseFile file, @Nullable ReviewFile review) {
        Application a = file.application();
        Facts facts = new Facts();
        facts.setId("case-clocks");
        if (review != null && review.nextStep() != null) {
            facts.add(review.nextStep().step(), Tags.clock(review.nextStep()));
        }
        if (a.getAcknowledgedOn() != null) {
            facts.add("Acknowledged", Formats.date(a.getAcknowledgedOn()) + " · " + (a.getAcknowledgementMethod() == null
                    ? "automatic e-mail" : a.getAcknowledgementMethod().label().toLowerCase(Locale.UK)));
        } else {
            facts.add("Acknowledge", Tags.clock(file.acknowledgement()));
        }
        if (a.getDecidedOn() != null) {
            facts.add("Decided", Formats.date(a.getDecidedOn()));
        } else if (a.getStatus() == ApplicationStatus.RECEIVED || a.getStatus() == ApplicationStatus.ACKNOWLEDGED) {
            facts.add("Decision", Tags.clock(file.decision()));
        }
        if (a.getOutcomeSentOn() != null) {
            facts.add("Outcome sent", Formats.date(a.getOutcomeSentOn()));
        }
        if (a.getStatus().isClosed()) {
            facts.add(a.getStatus().label(), Formats.date(a.getClosedOn()));
        }
        Div box = new Div(facts);
        box.addClassName("panel");
        return box;
    }

    private Component actions(CaseFile file, StaffMember me, RiskQuestionnaire questionnaire) {
        Application a = file.application();
        long version = file.version();
        Div actions = new Div();
        actions.addClassName("case-actions");
        actions.setId("case-actions");
        Button threshold = new Button("Threshold check" + (a.getStatus().isDecided() ? "" : " and decision"),
                e -> getUI().ifPresent(ui -> ui.navigate(ThresholdView.class, new RouteParam("id", id))));
        threshold.setId("open-threshold");
        Button review = null;
        if (a.getDecidedOn() != null) {
            boolean underReview = a.getStatus() != ApplicationStatus.THRESHOLD_NOT_MET
                    && a.getStatus() != ApplicationStatus.EXCLUDED;
            review = new Button(underReview ? "Case review" : "Appeal (second-stage review)",
                    e -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class, new RouteParam("id", id))));
            review.setId("open-review");
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        // An anonymised or restricted case is read only; a closed one can only be reopened.
        boolean frozen = a.isRestricted() || a.isAnonymised();
        if (!file.canWork() || frozen || a.getStatus().isClosed()) {
            if (review != null) {
                actions.add(review);
            }
            actions.add(threshold);
            if (file.canWork() && !frozen) {
                CaseEnds.buttons(closure, a, a.allowedActions(), () -> shownVersion, this::reload)
                        .forEach(actions::add);
            }
            return actions;
        }
        if (review != null) {
            actions.add(review);
        }
        if (a.getAcknowledgedOn() == null && a.getStatus() == ApplicationStatus.RECEIVED) {
            Button acknowledge = new Button("Acknowledge", e ->
                    CaseDialogs.acknowledge(casework, a, version, this::reload).open());
            acknowledge.setId("acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(acknowledge);
        } else if (!a.getStatus().isDecided()) {
            threshold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        actions.add(threshold);
        if (questionnaire.canAssess()) {
            Button assess = new Button(questionnaire.latest() == null ? "Assess risk" : "Reassess risk",
                    e -> CaseDialogs.risk(risk, risk.questionnaire(id), this::reload).open());
            assess.setId("assess-risk");
            actions.add(assess);
        }
        Long assigned = a.getAssignedOfficerId();
        if (me.has(StaffRole.MANAGER)) {
            Button assign = new Button("Assign", e ->
                    CaseDialogs.assign(casework, a, version, casework.caseworkersFor(id), this::reload).open());
            assign.setId("assign");
            actions.add(assign);
        } else if (assigned == null || assigned != me.id()) {
            Button take = new Button("Take this case", e -> {
                if (Feedback.attempt(() -> casework.assign(id, version, me.id()), this::reload).saved()) {
                    Feedback.saved("The case is yours");
                    reload();
                }
            });
            take.setId("take-case");
            take.setEnabled(assigned == null);
            if (assigned != null) {
                take.setTooltipText("A manager can move a case that someone else has");
            }
            actions.add(take);
        } else {
            Button release = new Button("Give up this case", e -> {
                if (Feedback.attempt(() -> casework.assign(id, version, null), this::reload).saved()) {
                    Feedback.saved("The case is unassigned");
                    reload();
                }
            });
            release.setId("release-case");
            actions.add(release);
        }
        if (!a.getStatus().isDecided()) {
            Button incident = new Button("Add agency incident", e ->
                    CaseDialogs.addIncident(casework, a, version, this::reload).open());
            incident.setId("add-incident");
            actions.add(incident);
        }
        Button link = new Button("Link a case", e -> CaseDialogs.link(casework, a, version, this::reload).open());
        link.setId("link-case");
        actions.add(link);
        CaseEnds.buttons(closure, a, a.allowedActions(), () -> shownVersion, this::reload).forEach(actions::add);
        Button accessCode = new Button("Portal access code", e -> AccessCodeDialog.create().open(a));
        accessCode.setId("portal-access-code");
        actions.add(accessCode);
        return actions;
    }

    private Component riskSummary(RiskQuestionnaire questionnaire) {
        RiskAssessment latest = questionnaire.latest();
        Div box = new Div();
        box.setId("risk-summary");
        if (latest == null) {
            box.add(new Paragraph("Not assessed yet."));
            return box;
        }
        String yes = latest.getAnswers().stream().filter(answer -> answer.getAnswer() == RiskAnswer.YES)
                .map(GivenAnswer::getQuestion).collect(Collectors.joining(" "));
        String unknown = latest.getAnswers().stream().filter(answer -> answer.getAnswer() == RiskAnswer.NOT_KNOWN)
                .map(GivenAnswer::getQuestion).collect(Collectors.joining(" "));
        box.add(Facts.of(
                "Level", latest.getLevel().label() + " (score " + latest.getScore() + " of " + latest.getMaximum() + ")",
                "Answered yes", yes.isEmpty() ? "None" : yes,
                "Not known", unknown.isEmpty() ? null : unknown,
                "Notes", latest.getNotes(),
                "Assessed", Formats.dateTime(latest.getAssessedAt()) + " by " + latest.getAssessedBy()));
        return box;
    }

    private Component decisionSummary(Application a, ThresholdDecision decision) {
        Div box = new Div();
        box.setId("decision-summary");
        if (decision == null) {
            box.add(new Paragraph(a.getAcknowledgedOn() == null
                    ? "Not decided. Acknowledge the application first."
                    : "Not decided yet. Record what the agencies confirm on the threshold check."));
            return box;
        }
        box.add(Facts.of(
                "Decision", decision.getOutcome().label(),
                "Reason", decision.getReason(),
                "Decided", Formats.dateTime(decision.getDecidedAt()) + " by " + decision.getDecidedByName()));
        return box;
    }

    private Component links(CaseFile file) {
        Div box = new Div();
        box.setId("linked-cases");
        if (file.links().isEmpty()) {
            box.add(new Paragraph("None."));
        }
        for (LinkedCase link : file.links()) {
            RouterLink to = new RouterLink(link.reference(), CaseView.class,
                    new RouteParameters(new RouteParam("id", link.applicationId())));
            Span reason = new Span(" · " + link.status().label() + " · " + link.reason());
            Div row = new Div(to, reason);
            row.addClassName("linked-case");
            if (file.canWork()) {
                Button remove = new Button("Remove", e -> {
                    if (Feedback.attempt(() -> casework.unlink(id, file.version(), link.linkId()), this::reload)
                            .saved()) {
                        Feedback.saved("Link removed");
                        reload();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
            box.add(row);
        }
        return box;
    }

    private Component history(CaseFile file) {
        Grid<CaseEvent> grid = new Grid<>();
        grid.setId("history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(event -> Formats.dateTime(event.getOccurredAt())).setHeader("When").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(CaseEvent::getActor).setHeader("Who").setWidth("11rem").setFlexGrow(0);
        // A changed value reads "Status: Received → Acknowledged"; its old and new values are also kept apart.
        grid.addColumn(CaseEvent::getDescription).setHeader("What happened or changed").setFlexGrow(1);
        // A case's history is a few dozen entries; newest first.
        grid.setItems(file.history().reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
