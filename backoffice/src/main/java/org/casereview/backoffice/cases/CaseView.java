package org.casereview.backoffice.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationThreshold;
import org.casereview.application.GroupMember;
import org.casereview.application.Incident;
import org.casereview.threshold.ThresholdWording;
import org.casereview.backoffice.security.Roles;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.jspecify.annotations.Nullable;

import static org.casereview.backoffice.cases.CaseListView.DATE;
import static org.casereview.backoffice.cases.CaseListView.DATE_TIME;

/** One case: everything the applicant told us, the dates that follow from it, and its history. */
@Route("cases/:id")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final CaseHistory history;
    private String title = "Case – Case Review";

    CaseView(ApplicationService applications, CaseHistory history) {
        this.applications = applications;
        this.history = history;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        Application application = applications.details(id).orElseThrow(NotFoundException::new);
        title = application.getReference() + " – Case Review";
        show(application);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Application a) {
        removeAll();
        RouterLink back = new RouterLink("All cases", CaseListView.class);
        H1 heading = new H1(a.getReference());
        heading.setId("case-reference");
        Span status = new Span(a.getStatus().label());
        status.addClassName("status-tag");
        add(back, heading, status);

        add(new H2("Application"), facts(
                "Council area", a.getPartnership().getName(),
                "Channel", a.getChannel().label(),
                "Received", DATE_TIME.format(a.getReceivedAt()),
                "Acknowledged", a.getAcknowledgedOn() == null ? "Not yet" : DATE.format(a.getAcknowledgedOn()),
                "Acknowledgement due", DATE.format(a.getAcknowledgementDue()),
                "Decision due", DATE.format(a.getDecisionDue()),
                "Consent to share", a.isConsentToShare() ? "Given " + DATE_TIME.format(a.getConsentGivenAt()) : "Not given",
                "Declaration", a.isDeclarationMade() && a.getDeclarationMadeAt() != null
                        ? "Made " + DATE_TIME.format(a.getDeclarationMadeAt()) : "Not made"));

        add(new H2("Applicant"), facts(
                "Applying as", a.getApplicantType().label(),
                "Name", a.getApplicantName(),
                "Role", a.getApplicantRole(),
                "Address", a.getApplicantAddress(),
                "Postcode", a.getApplicantPostcode(),
                "Date of birth", a.getApplicantDateOfBirth() == null ? null : DATE.format(a.getApplicantDateOfBirth()),
                "Phone", a.getApplicantPhone(),
                "E-mail", a.getApplicantEmail(),
                "Prefers contact by", a.getPreferredContact().label()));

        if (a.getApplicantType() == ApplicantType.ON_BEHALF_OF_VICTIM) {
            add(new H2("Applying for the victim"), facts(
                    "Relationship", a.getRelationship() == null ? null
                            : a.getRelationshipOther() != null ? a.getRelationshipOther() : a.getRelationship().label(),
                    "Victim agreed", a.isVictimConsented() ? "Yes, " + consentMethod(a) : "No"));
        }
        if (a.hasSeparateVictim()) {
            boolean organisation = a.getApplicantType() == ApplicantType.BUSINESS_OR_GROUP;
            add(new H2(organisation ? "Victim: business or group" : "Victim"), facts(
                    "Name", a.getVictimName(),
                    "Address", a.getVictimAddress(),
                    "Postcode", a.getVictimPostcode(),
                    "Date of birth", a.getVictimDateOfBirth() == null ? null : DATE.format(a.getVictimDateOfBirth()),
                    "Phone", a.getVictimPhone(),
                    "E-mail", a.getVictimEmail()));
        }
        if (a.getApplicantType() == ApplicantType.ON_BEHALF_OF_GROUP) {
            add(new H2("Group: " + (a.getGroupName() == null ? "not named" : a.getGroupName())
                    + " (" + a.getGroupMembers().size() + " members)"));
            Div members = new Div();
            members.setId("group-members");
            for (GroupMember member : a.getGroupMembers()) {
                members.add(facts(
                        "Member", member.getName(),
                        "Contact", member.getContact(),
                        "Agreed", member.isConsented() ? "Yes, " + consentMethod(a) : "No"));
            }
            add(members);
        }

        add(new H2("Contact"), facts(
                "Ways to contact", joined(a.getContactChannels().stream().map(c -> c.label()).toList()),
                "Safe times", a.getSafeContactTimes(),
                "Letters safe", answer(a.getLettersSafe()),
                "Voicemail safe", answer(a.getVoicemailSafe()),
                "Formats", joined(a.getAccessibleFormats().stream()
                        .map(f -> f == org.casereview.application.AccessibleFormat.OTHER && a.getAccessibleFormatsOther() != null
                                ? a.getAccessibleFormatsOther() : f.label()).toList()),
                "Interpreter or language", a.isInterpreterNeeded() ? "Yes: " + a.getPreferredLanguage() : "No"));

        add(new H2("Incidents reported (" + a.getIncidents().size() + ")"));
        Div incidents = new Div();
        incidents.setId("incidents");
        for (Incident incident : a.getIncidents()) {
            Div card = facts(
                    "Happened", DATE.format(incident.getOccurredOn()),
                    "Reported", DATE.format(incident.getReportedOn()),
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
                            : "Until " + DATE.format(incident.getTimeframeEndsOn()));
            card.addClassName("incident");
            incidents.add(card);
        }
        add(incidents);

        add(new H2("The problem, impact and vulnerability"), facts(
                "Still happening", answer(a.getProblemPersists()),
                "Only about one organisation", a.getOnlyOneAgencyConduct() == Answer.YES
                        ? "Yes: " + a.getConductAgency() : answer(a.getOnlyOneAgencyConduct()),
                "Affects", joined(a.getImpactAreas().stream().map(i -> i.label()).toList()),
                "Impact in their words", a.getImpactDescription(),
                "Disability or long-term illness", withDetails(a.getDisabilityOrIllness(), a.getVulnerabilityDetails()),
                "Feels targeted", withDetails(a.getFeelsTargeted(), a.getTargetedDetails()),
                "Other households affected", answer(a.getOtherHouseholdsAffected())));

        // The domain's own check on the incidents as listed, as of the day received: a guide for the officer.
        add(new H2("Threshold check on the incidents as listed"));
        Div threshold = new Div();
        threshold.setId("threshold-check");
        for (String line : ThresholdWording.forStaff(ApplicationThreshold.assess(a)).split("\n")) {
            threshold.add(new Paragraph(line));
        }
        add(threshold);

        add(new H2("History"));
        Div events = new Div();
        events.setId("history");
        for (CaseEvent event : history.of(a.getId())) {
            events.add(new Paragraph(DATE_TIME.format(event.getOccurredAt()) + " · " + event.getActor() + " · "
                    + event.getDescription()));
        }
        add(events);
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

    private static @Nullable String joined(java.util.List<String> labels) {
        return labels.isEmpty() ? null : String.join(", ", labels);
    }

    /** A definition list of label/value pairs; text is set as text, so nothing typed is ever run as HTML. */
    private static Div facts(@Nullable String... pairs) {
        Div list = new Div();
        list.addClassName("facts");
        for (int i = 0; i < pairs.length; i += 2) {
            Span label = new Span(pairs[i]);
            label.addClassName("facts__label");
            Span value = new Span(pairs[i + 1] == null || pairs[i + 1].isBlank() ? "—" : pairs[i + 1]);
            value.addClassName("facts__value");
            list.add(label, value);
        }
        return list;
    }
}
