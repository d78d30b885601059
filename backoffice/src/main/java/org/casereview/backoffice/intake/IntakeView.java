package org.casereview.backoffice.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.Channel;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.ImpactArea;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.Receipt;
import org.casereview.application.Relationship;
import org.casereview.application.ValidationMessages;
import org.casereview.application.ValidationProblem;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ErrorSummary;
import org.casereview.backoffice.ui.ErrorText;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.casework.IntakeService;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Record an application that reached the Community Safety Unit by phone, letter or e-mail, or through a partner
 * agency: the portal's questions on one page in sections, for an officer typing while on the phone. The domain checks
 * it as it checks the portal's (in words about "the applicant"); every problem is listed at the top and shown beside
 * its answer, and nothing typed is lost. Once stored, the case opens, waiting to be acknowledged.
 */
@Route("intake")
@PageTitle("Record an application – Case Review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER})
public class IntakeView extends Main {

    static final String ANONYMOUS = "Anonymous applications are not accepted as a Community Trigger (ASB Case "
            + "Review): the agencies must be able to check the applicant's reports, and the unit must be able to tell "
            + "them the outcome. If the applicant will not give a name and a way to reach them, explain this, and "
            + "suggest they keep reporting each incident to the police or the council.";

    private final IntakeService intake;
    private final LocalDate today;
    /** Chosen once per form, so that a second click, or a retry after a dropped connection, stores one application. */
    private final String submissionKey = UUID.randomUUID().toString();

    final ErrorSummary summary = new ErrorSummary();

    final Select<Partnership> partnership = new Select<>();
    final RadioButtonGroup<Channel> channel = Fields.radio("channel", "How did the application reach you?",
            Channel::label, Channel.PHONE, Channel.LETTER, Channel.EMAIL, Channel.PARTNER_AGENCY);
    final Fields.DateField receivedOn = Fields.date("receivedOn", "Date received");
    final Select<Agency> forwardedBy = new Select<>();
    final TextField forwardedByName = Fields.text("forwardedByName", "Name of the organisation",
            ApplicationValidator.OTHER_AGENCY_MAX);

    final RadioButtonGroup<ApplicantType> applicantType = Fields.stacked("applicantType", "Which describes the applicant?",
            ApplicantType::label, ApplicantType.values());
    final RadioButtonGroup<Relationship> relationship = Fields.stacked("relationship",
            "How does the applicant know the victim?", Relationship::label, Relationship.values());
    final TextField relationshipOther = Fields.text("relationshipOther", "How do they know them?",
            ApplicationValidator.SHORT_TEXT_MAX);
    final Checkbox victimConsented = Fields.checkbox("victimConsented",
            "The victim has agreed to the applicant applying for them");
    final RadioButtonGroup<ConsentMethod> consentMethod = Fields.stacked("consentMethod", "How did the victim agree?",
            ConsentMethod::label, ConsentMethod.values());
    final TextField consentDetails = Fields.text("consentDetails", "How did they agree?",
            ApplicationValidator.LOCATION_MAX);
    final TextField groupName = Fields.text("groupName", "Name of the group or community",
            ApplicationValidator.NAME_MAX);

    final PersonFields applicant = new PersonFields("", "Applicant's", true);
    final TextField applicantRole = Fields.text("applicantRole", "Applicant's role in the business or group "
            + "(optional)", ApplicationValidator.SHORT_TEXT_MAX);
    final PersonFields victim = new PersonFields("victim", "Victim's", true);

    private final List<MemberRow> memberRows = new ArrayList<>();
    private final Div members = new Div();
    final ErrorText membersError = new ErrorText("groupMembers");
    private int membersCreated;

    private final List<IncidentBlock> incidentBlocks = new ArrayList<>();
    private final Div incidents = new Div();
    final ErrorText incidentsError = new ErrorText("incidents");
    private int incidentsCreated;

    final RadioButtonGroup<Answer> problemPersists = Fields.radio("problemPersists",
            "Is the anti-social behaviour still happening?", Answer::label, Answer.YES, Answer.NO, Answer.NOT_SURE);
    final RadioButtonGroup<Answer> onlyOneAgencyConduct = Fields.radio("onlyOneAgencyConduct",
            "Is the concern only about how one organisation dealt with the applicant?", Answer::label, Answer.YES,
            Answer.NO);
    final TextField conductAgency = Fields.text("conductAgency", "Which organisation?",
            ApplicationValidator.OTHER_AGENCY_MAX);

    final CheckboxGroup<ImpactArea> impactAreas = Fields.checks("impactAreas", "What does it affect? (optional)",
            ImpactArea::label, ImpactArea.values());
    final TextArea impactDescription = Fields.area("impactDescription", "How it affects the victim and their "
            + "household, in their words (optional)", ApplicationValidator.DESCRIPTION_MAX);
    final RadioButtonGroup<Answer> disabilityOrIllness = Fields.radio("disabilityOrIllness",
            "Does anyone in the victim's household have a disability or a long-term illness?", Answer::label,
            Answer.YES, Answer.NO, Answer.PREFER_NOT_TO_SAY);
    final TextArea vulnerabilityDetails = Fields.area("vulnerabilityDetails", "What should the unit know? "
            + "(optional)", ApplicationValidator.DETAILS_MAX);
    final RadioButtonGroup<Answer> feelsTargeted = Fields.radio("feelsTargeted",
            "Does the victim feel they are being targeted?", Answer::label, Answer.YES, Answer.NO, Answer.NOT_SURE);
    final TextArea targetedDetails = Fields.area("targetedDetails", "Why do they think so? (optional)",
            ApplicationValidator.DETAILS_MAX);
    final RadioButtonGroup<Answer> otherHouseholdsAffected = Fields.radio("otherHouseholdsAffected",
            "Are other households affected by the same behaviour?", Answer::label, Answer.YES, Answer.NO,
            Answer.NOT_SURE);

    final CheckboxGroup<ContactMethod> contactChannels = Fields.checks("contactChannels",
            "How does the applicant agree to be contacted?", ContactMethod::label, ContactMethod.values());
    final TextField safeTimes = Fields.text("safeTimes", "When is it safe to contact them? (optional)",
            ApplicationValidator.LOCATION_MAX);
    final RadioButtonGroup<Answer> lettersSafe = Fields.radio("lettersSafe",
            "Is it safe to send letters to their address?", Answer::label, Answer.YES, Answer.NO);
    final RadioButtonGroup<Answer> voicemailSafe = Fields.radio("voicemailSafe",
            "Is it safe to leave a voicemail message?", Answer::label, Answer.YES, Answer.NO);
    final CheckboxGroup<AccessibleFormat> formats = Fields.checks("formats",
            "Do they need information in another format? (optional)", AccessibleFormat::label,
            AccessibleFormat.values());
    final TextField formatsOther = Fields.text("formatsOther", "Which format?", ApplicationValidator.SHORT_TEXT_MAX);
    final Checkbox interpreterNeeded = Fields.checkbox("interpreterNeeded",
            "They need an interpreter or information in another language");
    final TextField language = Fields.text("language", "Which language?", ApplicationValidator.SHORT_TEXT_MAX);

    final Checkbox consentToShare = Fields.checkbox("consentToShare",
            "The applicant agrees to their information being shared with the partner agencies");
    final Checkbox declaration = Fields.checkbox("declaration",
            "The applicant confirms that the information they have given is true to the best of their knowledge");

    final Button record = new Button("Record application");

    IntakeView(IntakeService intake) {
        this.intake = intake;
        this.today = intake.today();
        addClassNames("view", "intake-view");
        Paragraph intro = new Paragraph("For an application made by phone, by letter or e-mail, or forwarded by a "
                + "partner agency. The checks are the portal's. Only the applicant's name, a way to reach them, at "
                + "least one incident and their consent are needed to record it; ask the other questions if you can.");
        intro.addClassName("intro");
        add(new H1("Record an application"), intro, summary);

        add(section("How the application reached us", receipt()));
        add(section("Who is applying", whoIsApplying()));
        Section applicantSection = section("The applicant", applicantFields());
        Section victimSection = section("The victim", victim.layout);
        Section groupSection = section("The people in the group", groupFields());
        add(applicantSection, victimSection, groupSection);
        add(section("Incidents reported", incidentFields()));
        add(section("The problem now", problemFields()));
        add(section("Impact and vulnerability", impactFields()));
        add(section("Contacting the applicant", contactFields()));
        add(section("Consent and declaration", consentFields()));

        record.setId("record-application");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setDisableOnClick(true);
        record.addClickListener(e -> {
            try {
                recordApplication();
            } finally {
                record.setEnabled(true);
            }
        });
        Div actions = new Div(record);
        actions.addClassName("intake-actions");
        add(actions);

        Runnable showFor = () -> {
            ApplicantType type = applicantType.getValue();
            boolean forVictim = type == ApplicantType.ON_BEHALF_OF_VICTIM;
            boolean business = type == ApplicantType.BUSINESS_OR_GROUP;
            boolean group = type == ApplicantType.ON_BEHALF_OF_GROUP;
            victimSection.setVisible(forVictim || business);
            ((H2) victimSection.getComponentAt(0)).setText(business ? "The business or group that is the victim"
                    : "The victim");
            victim.relabel(business ? "Name of the business or group" : "Victim's full name", forVictim);
            groupSection.setVisible(group);
            applicantRole.setVisible(business);
            consentMethod.setLabel(group ? "How did the people in the group agree?" : "How did the victim agree?");
            incidentBlocks.forEach(block -> block.forGroup(group));
        };
        applicantType.addValueChangeListener(e -> showFor.run());
        showFor.run();
        addIncident();
    }

    // The form's sections ---------------------------------------------------------------------------------------

    private Component receipt() {
        List<Partnership> areas = intake.partnerships();
        partnership.setLabel("Council area");
        partnership.setId("partnership");
        partnership.setItems(areas);
        partnership.setItemLabelGenerator(p -> p == null ? "Select the council area" : p.getName());
        partnership.setEmptySelectionAllowed(areas.size() > 1);
        partnership.setEmptySelectionCaption("Select the council area");
        partnership.setManualValidation(true);
        if (areas.size() == 1) {
            partnership.setValue(areas.getFirst());
            partnership.setReadOnly(true);
            partnership.setHelperText("You record applications for your own partnership");
        }
        receivedOn.setValue(today);
        receivedOn.setMax(today);
        receivedOn.setHelperText("The day the call was taken, the letter or e-mail arrived, or the agency forwarded "
                + "it. The deadlines count from this day.");
        forwardedBy.setLabel("Which agency forwarded it?");
        forwardedBy.setId("forwardedBy");
        forwardedBy.setItems(Agency.values());
        forwardedBy.setItemLabelGenerator(agency -> agency == null ? "Select the agency" : agency.label());
        forwardedBy.setEmptySelectionAllowed(true);
        forwardedBy.setEmptySelectionCaption("Select the agency");
        forwardedBy.setManualValidation(true);
        forwardedByName.setHelperText("Needed for Other; for example the housing provider's name");
        Div forwarded = Fields.reveal(forwardedBy, forwardedByName);
        forwarded.setId("forwarded");
        channel.addValueChangeListener(e -> forwarded.setVisible(e.getValue() == Channel.PARTNER_AGENCY));
        FormLayout form = Fields.columns();
        form.add(partnership, receivedOn);
        form.add(channel, 2);
        form.add(forwarded, 2);
        return form;
    }

    private Component whoIsApplying() {
        Div otherRelationship = Fields.reveal(relationshipOther);
        relationship.addValueChangeListener(e -> otherRelationship.setVisible(e.getValue() == Relationship.OTHER));
        Div otherMethod = Fields.reveal(consentDetails);
        consentMethod.addValueChangeListener(e -> otherMethod.setVisible(e.getValue() == ConsentMethod.OTHER));
        Div forVictim = new Div(relationship, otherRelationship, victimConsented);
        Div forGroup = new Div(groupName);
        Div consent = new Div(consentMethod, otherMethod);
        Div conditional = Fields.reveal(forVictim, forGroup, consent);
        conditional.setId("representation");
        applicantType.addValueChangeListener(e -> {
            ApplicantType type = e.getValue();
            forVictim.setVisible(type == ApplicantType.ON_BEHALF_OF_VICTIM);
            forGroup.setVisible(type == ApplicantType.ON_BEHALF_OF_GROUP);
            consent.setVisible(type == ApplicantType.ON_BEHALF_OF_VICTIM || type == ApplicantType.ON_BEHALF_OF_GROUP);
            conditional.setVisible(type == ApplicantType.ON_BEHALF_OF_VICTIM
                    || type == ApplicantType.ON_BEHALF_OF_GROUP);
        });
        applicantType.setHelperText("Someone may apply for another person, or for a group, only with their "
                + "agreement");
        return new Div(applicantType, conditional);
    }

    private Component applicantFields() {
        Paragraph anonymous = new Paragraph("Anonymous applications are not accepted: take a name and at least one "
                + "way to reach the applicant (phone, email or postal address).");
        anonymous.addClassName("hint");
        applicant.layout.add(applicantRole);
        return new Div(anonymous, applicant.layout);
    }

    private Component groupFields() {
        Paragraph intro = new Paragraph("Each person must have agreed to the applicant applying for them.");
        intro.addClassName("hint");
        members.setId("member-rows");
        Button add = new Button("Add a person", e -> addMember());
        add.setId("add-member");
        return new Div(intro, membersError, members, add);
    }

    private Component incidentFields() {
        Paragraph intro = new Paragraph("Each time the behaviour was reported to the police, the council, a landlord "
                + "or another agency. The threshold check counts these.");
        intro.addClassName("hint");
        incidents.setId("incident-blocks");
        Button add = new Button("Add another incident", e -> addIncident());
        add.setId("add-incident");
        return new Div(intro, incidentsError, incidents, add);
    }

    private Component problemFields() {
        Paragraph intro = new Paragraph("Ask these if you can. Leave unanswered anything the applicant did not say.");
        intro.addClassName("hint");
        Div conduct = Fields.reveal(conductAgency, new Paragraph("A case review cannot look at a complaint about how "
                + "one organisation dealt with someone: that organisation's own complaints procedure can. The "
                + "application can still be recorded."));
        conduct.addClassName("warning-text");
        onlyOneAgencyConduct.addValueChangeListener(e -> conduct.setVisible(e.getValue() == Answer.YES));
        return new Div(intro, problemPersists, onlyOneAgencyConduct, conduct);
    }

    private Component impactFields() {
        Paragraph intro = new Paragraph("These help the officer's risk and vulnerability assessment. Ask as much as "
                + "the applicant is willing to answer.");
        intro.addClassName("hint");
        Div disabilityMore = Fields.reveal(vulnerabilityDetails);
        disabilityOrIllness.addValueChangeListener(e -> disabilityMore.setVisible(e.getValue() == Answer.YES));
        Div targetedMore = Fields.reveal(targetedDetails);
        feelsTargeted.addValueChangeListener(e -> targetedMore.setVisible(e.getValue() == Answer.YES));
        return new Div(intro, impactAreas, impactDescription, disabilityOrIllness, disabilityMore, feelsTargeted,
                targetedMore, otherHouseholdsAffected);
    }

    private Component contactFields() {
        contactChannels.setHelperText("Tick every way they agree to. The first ticked (email, then phone, then post) "
                + "is used first, for example for the acknowledgement.");
        safeTimes.setHelperText("For example, weekdays after 6pm");
        Div otherFormat = Fields.reveal(formatsOther);
        formats.addValueChangeListener(e -> otherFormat.setVisible(e.getValue().contains(AccessibleFormat.OTHER)));
        Div languageMore = Fields.reveal(language);
        interpreterNeeded.addValueChangeListener(e -> languageMore.setVisible(Boolean.TRUE.equals(e.getValue())));
        return new Div(contactChannels, safeTimes, lettersSafe, voicemailSafe, formats, otherFormat, interpreterNeeded,
                languageMore);
    }

    private Component consentFields() {
        Paragraph read = new Paragraph("Tell the applicant: to review how the reports were handled, the Community "
                + "Safety Unit must share their details, and what they have told us, with the agencies that take part "
                + "in the review. Without their agreement there can be no case review.");
        read.addClassName("hint");
        return new Div(read, consentToShare, declaration);
    }

    private static Section section(String heading, Component content) {
        Section section = new Section(new H2(heading), content);
        section.addClassName("intake-section");
        return section;
    }

    // Repeated answers ------------------------------------------------------------------------------------------

    void addIncident() {
        IncidentBlock[] block = new IncidentBlock[1];
        block[0] = new IncidentBlock(++incidentsCreated, today, () -> {
            incidentBlocks.remove(block[0]);
            incidents.remove(block[0]);
            renumberIncidents();
        });
        block[0].forGroup(applicantType.getValue() == ApplicantType.ON_BEHALF_OF_GROUP);
        incidentBlocks.add(block[0]);
        incidents.add(block[0]);
        renumberIncidents();
    }

    private void renumberIncidents() {
        for (int i = 0; i < incidentBlocks.size(); i++) {
            incidentBlocks.get(i).renumber(i + 1);
        }
    }

    void addMember() {
        MemberRow[] row = new MemberRow[1];
        row[0] = new MemberRow(++membersCreated, () -> {
            memberRows.remove(row[0]);
            members.remove(row[0]);
            renumberMembers();
        });
        memberRows.add(row[0]);
        members.add(row[0]);
        renumberMembers();
    }

    private void renumberMembers() {
        for (int i = 0; i < memberRows.size(); i++) {
            memberRows.get(i).renumber(i + 1);
        }
    }

    // Recording -------------------------------------------------------------------------------------------------

    private void recordApplication() {
        summary.clear();
        // Answers the application cannot be built without: each is reported, and the rest is still checked
        // (without storing anything) so that every problem shows at once.
        List<ValidationProblem> missing = new ArrayList<>();
        if (channel.getValue() == null) {
            missing.add(new ValidationProblem("channel", ValidationMessages.get(ValidationMessages.STAFF,
                    "channel.required")));
        }
        if (applicantType.getValue() == null) {
            missing.addAll(ApplicationValidator.validateWhoIsApplying(null, NewApplication.Representation.none(),
                    ValidationMessages.STAFF));
        }
        if (contactChannels.getValue().isEmpty()) {
            missing.add(new ValidationProblem("contactChannels", ValidationMessages.get(ValidationMessages.STAFF,
                    "contactChannels.required")));
        }
        missing.addAll(unparsableDates());

        NewApplication application = application();
        Receipt receipt = new Receipt(receivedOn.getValue(), forwardedBy.getValue(), forwardedByName.getValue());
        try {
            if (!missing.isEmpty()) {
                List<ValidationProblem> problems = new ArrayList<>(missing);
                problems.addAll(intake.check(application, receipt));
                showProblems(problems);
                return;
            }
            IntakeService.Recorded recorded = intake.record(application, receipt);
            Feedback.saved(recorded.reference() + " recorded. Acknowledge it by "
                    + Formats.date(recorded.acknowledgementDue()) + ".");
            UI.getCurrent().navigate("cases/" + recorded.caseId());
        } catch (InvalidApplicationException e) {
            showProblems(e.problems());
        } catch (ActionRefusedException e) {
            Feedback.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Feedback.error("You do not have permission to record applications.");
        }
    }

    private void showProblems(List<ValidationProblem> problems) {
        boolean anonymous = problems.stream().anyMatch(p -> p.field().equals("contact"))
                || applicant.name.getValue().isBlank();
        summary.show(problems, targets(), anonymous ? ANONYMOUS : null);
    }

    /** The application as typed; where an answer it needs is missing, a stand-in that is reported separately. */
    NewApplication application() {
        ApplicantType type = applicantType.getValue() == null ? ApplicantType.VICTIM : applicantType.getValue();
        Set<ContactMethod> ways = contactChannels.getValue();
        ContactMethod preferred = Stream.of(ContactMethod.values()).filter(ways::contains).findFirst()
                .orElse(ContactMethod.PHONE);
        NewApplication.Applicant person = applicant.value();
        NewApplication.Representation representation = switch (type) {
            case VICTIM -> NewApplication.Representation.none();
            case ON_BEHALF_OF_VICTIM -> new NewApplication.Representation(victim.value(), null,
                    relationship.getValue(), relationship.getValue() == Relationship.OTHER
                    ? relationshipOther.getValue() : null, victimConsented.getValue(), consentMethod.getValue(),
                    consentMethod.getValue() == ConsentMethod.OTHER ? consentDetails.getValue() : null, null,
                    List.of());
            case ON_BEHALF_OF_GROUP -> NewApplication.Representation.forGroup(groupName.getValue(),
                    memberRows.stream().map(MemberRow::value).toList(), consentMethod.getValue(),
                    consentMethod.getValue() == ConsentMethod.OTHER ? consentDetails.getValue() : null);
            case BUSINESS_OR_GROUP -> NewApplication.Representation.forOrganisation(victim.value(),
                    applicantRole.getValue());
        };
        Answer conduct = onlyOneAgencyConduct.getValue();
        NewApplication.Circumstances circumstances = new NewApplication.Circumstances(problemPersists.getValue(),
                conduct, conduct == Answer.YES ? conductAgency.getValue() : null);
        NewApplication.Impact impact = new NewApplication.Impact(impactAreas.getValue(), impactDescription.getValue(),
                disabilityOrIllness.getValue(),
                disabilityOrIllness.getValue() == Answer.YES ? vulnerabilityDetails.getValue() : null,
                feelsTargeted.getValue(), feelsTargeted.getValue() == Answer.YES ? targetedDetails.getValue() : null,
                otherHouseholdsAffected.getValue());
        NewApplication.ContactPreferences contact = new NewApplication.ContactPreferences(ways, safeTimes.getValue(),
                blank(person.address()) ? null : lettersSafe.getValue(),
                blank(person.phone()) ? null : voicemailSafe.getValue(), formats.getValue(),
                formats.getValue().contains(AccessibleFormat.OTHER) ? formatsOther.getValue() : null,
                interpreterNeeded.getValue(), interpreterNeeded.getValue() ? language.getValue() : null);
        Partnership area = partnership.getValue();
        return new NewApplication(area == null ? "" : area.getCode(),
                channel.getValue() == null ? Channel.PHONE : channel.getValue(), type, person, preferred,
                consentToShare.getValue(), incidentBlocks.stream().map(IncidentBlock::value).toList(), submissionKey,
                representation, circumstances, impact, contact, declaration.getValue());
    }

    private List<ValidationProblem> unparsableDates() {
        List<ValidationProblem> problems = new ArrayList<>();
        if (receivedOn.unparsable()) {
            problems.add(new ValidationProblem("receivedOn", "The date received must be a real date, like 27/3/2026"));
        }
        problems.addAll(applicant.unparsable());
        problems.addAll(victim.unparsable());
        for (int i = 0; i < incidentBlocks.size(); i++) {
            problems.addAll(incidentBlocks.get(i).unparsable("incidents[" + i + "]."));
        }
        return problems;
    }

    /** Where each of the domain's problems is shown, in the order of the form. */
    private Map<String, Component> targets() {
        Map<String, Component> targets = new LinkedHashMap<>();
        targets.put("partnership", partnership);
        targets.put("channel", channel);
        targets.put("receivedOn", receivedOn);
        targets.put("forwardedBy", forwardedBy);
        targets.put("forwardedByName", forwardedByName);
        targets.put("applicantType", applicantType);
        targets.put("relationship", relationship);
        targets.put("relationshipOther", relationshipOther);
        targets.put("victimConsented", victimConsented);
        targets.put("consentMethod", consentMethod);
        targets.put("consentDetails", consentDetails);
        targets.put("groupName", groupName);
        applicant.targets(targets);
        targets.put("applicantRole", applicantRole);
        victim.targets(targets);
        targets.put("groupMembers", membersError);
        for (int i = 0; i < memberRows.size(); i++) {
            memberRows.get(i).targets("groupMembers[" + i + "].", targets);
        }
        targets.put("incidents", incidentsError);
        for (int i = 0; i < incidentBlocks.size(); i++) {
            incidentBlocks.get(i).targets("incidents[" + i + "].", targets);
        }
        targets.put("problemPersists", problemPersists);
        targets.put("onlyOneAgencyConduct", onlyOneAgencyConduct);
        targets.put("conductAgency", conductAgency);
        targets.put("impactDescription", impactDescription);
        targets.put("disabilityOrIllness", disabilityOrIllness);
        targets.put("vulnerabilityDetails", vulnerabilityDetails);
        targets.put("feelsTargeted", feelsTargeted);
        targets.put("targetedDetails", targetedDetails);
        targets.put("otherHouseholdsAffected", otherHouseholdsAffected);
        targets.put("contactChannels", contactChannels);
        targets.put("safeTimes", safeTimes);
        targets.put("lettersSafe", lettersSafe);
        targets.put("voicemailSafe", voicemailSafe);
        targets.put("formatsOther", formatsOther);
        targets.put("language", language);
        targets.put("consentToShare", consentToShare);
        targets.put("declaration", declaration);
        return targets;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
