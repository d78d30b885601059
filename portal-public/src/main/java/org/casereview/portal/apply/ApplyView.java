package org.casereview.portal.apply;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ContactMethod;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.SubmittedApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipService;
import org.casereview.portal.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application, one question per page as GOV.UK forms do: council area, your details, the incidents, consent,
 * check your answers, then the reference. The answers live on the server ({@link PreserveOnRefresh}), so a refresh
 * does not lose them.
 */
@Route("apply")
@PageTitle("Apply for an ASB Case Review")
@PreserveOnRefresh
@AnonymousAllowed
public class ApplyView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Logger log = LoggerFactory.getLogger(ApplyView.class);
    private static final int STEPS = 5;
    /** Errors about a group of answers link to the first field of the group. */
    private static final Map<String, String> ANCHORS = Map.of("contact", "email", "incidents", "occurredOn");

    private final ApplicationService applications;
    private final PartnershipService partnerships;
    private final Clock clock;
    private final ApplicationDraft draft = new ApplicationDraft();
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div content = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ApplyView(ApplicationService applications, PartnershipService partnerships, Clock clock) {
        this.applications = applications;
        this.partnerships = partnerships;
        this.clock = clock;
        addClassName("page");
        add(errorSummary, content);
        showCouncilArea();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DomainConfiguration.UK));
    }

    // Step 1 -------------------------------------------------------------------------------------------------------

    private void showCouncilArea() {
        startStep(1, "Which council area do you live in?", null);
        RadioButtonGroup<Partnership> area = new RadioButtonGroup<>("Council area");
        area.setId("partnership");
        area.setItems(partnerships.councilAreas());
        area.setItemLabelGenerator(p -> p.getName() + " (" + p.getCounty() + ")");
        area.addClassName("stacked");
        area.setHelperText("Choose the council for the area where the anti-social behaviour happens.");
        partnerships.councilAreas().stream().filter(p -> p.getCode().equals(draft.partnershipCode)).findFirst()
                .ifPresent(area::setValue);
        fields.put("partnership", area);
        content.add(area, continueButton(() -> {
            Partnership chosen = area.getValue();
            if (chosen == null) {
                showErrors(List.of(new ValidationProblem("partnership", "Select your council area")));
                return;
            }
            draft.partnershipCode = chosen.getCode();
            draft.partnershipName = chosen.getName();
            showDetails();
        }));
    }

    // Step 2 -------------------------------------------------------------------------------------------------------

    private void showDetails() {
        startStep(2, "Your details", this::showCouncilArea);
        content.add(new Paragraph("We cannot accept an application without a name and at least one way to contact "
                + "you. We share your details only with the agencies that take part in the review."));
        TextField name = textField("name", "Full name", draft.name, ApplicationValidator.NAME_MAX);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        TextArea address = new TextArea("Address (optional if you give an email or phone number)");
        address.setId("address");
        address.setValue(draft.address);
        address.setMaxLength(ApplicationValidator.ADDRESS_MAX);
        fields.put("address", address);
        TextField postcode = textField("postcode", "Postcode", draft.postcode, 10);
        postcode.addClassName("width-10");
        TextField phone = textField("phone", "Phone number", draft.phone, 30);
        phone.setHelperText("For international numbers include the country code");
        EmailField email = new EmailField("Email address");
        email.setId("email");
        email.setValue(draft.email);
        email.setHelperText("We will send your reference and updates to this address");
        fields.put("email", email);
        RadioButtonGroup<ContactMethod> preferred = new RadioButtonGroup<>("How would you like us to contact you?");
        preferred.setId("preferredContact");
        preferred.setItems(ContactMethod.values());
        preferred.setItemLabelGenerator(ContactMethod::label);
        preferred.setValue(draft.preferredContact);
        preferred.addClassName("stacked");
        fields.put("preferredContact", preferred);
        content.add(name, address, postcode, phone, email, preferred, continueButton(() -> {
            draft.name = name.getValue();
            draft.address = address.getValue();
            draft.postcode = postcode.getValue();
            draft.phone = phone.getValue();
            draft.email = email.getValue();
            draft.preferredContact = preferred.getValue() == null ? ContactMethod.EMAIL : preferred.getValue();
            List<ValidationProblem> problems = new java.util.ArrayList<>(
                    ApplicationValidator.validateApplicant(draft.applicant()));
            NewApplication partial = draft.toNewApplication();
            // The preferred-contact checks live with the whole application; ask it about these answers only.
            ApplicationValidator.validate(partial, today()).stream()
                    .filter(p -> List.of("email", "phone", "address").contains(p.field()))
                    .filter(p -> !problems.contains(p))
                    .forEach(problems::add);
            if (showErrors(problems)) {
                return;
            }
            showIncidents();
        }));
    }

    // Step 3 -------------------------------------------------------------------------------------------------------

    private void showIncidents() {
        startStep(3, "The incidents you reported", this::showDetails);
        content.add(new Paragraph("Tell us about each time you reported the anti-social behaviour to the police, "
                + "the council, your landlord or another agency. Add them one at a time."));
        if (!draft.incidents.isEmpty()) {
            Div added = new Div();
            added.addClassName("summary-list");
            added.setId("incident-list");
            for (int i = 0; i < draft.incidents.size(); i++) {
                NewApplication.NewIncident incident = draft.incidents.get(i);
                int index = i;
                Button remove = new Button("Remove", e -> {
                    draft.incidents.remove(index);
                    showIncidents();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", "Remove incident " + (i + 1));
                added.add(summaryRow("Incident " + (i + 1), incidentSummary(incident), remove));
            }
            content.add(new H2("Incidents you have added"), added);
        }

        H2 addTitle = new H2(draft.incidents.isEmpty() ? "Add an incident" : "Add another incident");
        DatePicker occurred = datePicker("occurredOn", "Date it happened");
        DatePicker reported = datePicker("reportedOn", "Date you reported it");
        Select<Agency> reportedTo = new Select<>();
        reportedTo.setLabel("Who did you report it to?");
        reportedTo.setId("reportedTo");
        reportedTo.setItems(Agency.values());
        reportedTo.setEmptySelectionCaption("Select an organisation");
        reportedTo.setItemLabelGenerator(a -> a == null ? "Select an organisation" : a.label());
        reportedTo.setEmptySelectionAllowed(true);
        fields.put("reportedTo", reportedTo);
        TextField other = textField("reportedToOther", "Name of the organisation", "", ApplicationValidator.OTHER_AGENCY_MAX);
        other.setVisible(false);
        reportedTo.addValueChangeListener(e -> other.setVisible(e.getValue() == Agency.OTHER));
        TextField reference = textField("agencyReference", "Reference number (optional)", "", ApplicationValidator.REFERENCE_MAX);
        reference.setHelperText("The incident or crime reference number they gave you, if you have it");
        TextArea description = new TextArea("What happened?");
        description.setId("description");
        description.setMaxLength(ApplicationValidator.DESCRIPTION_MAX);
        description.setHelperText("Describe the behaviour and how it affected you");
        fields.put("description", description);

        Button addIncident = new Button("Add this incident", e -> {
            NewApplication.NewIncident incident = new NewApplication.NewIncident(occurred.getValue(),
                    reported.getValue(), reportedTo.getValue(), other.getValue(), reference.getValue(),
                    description.getValue());
            if (showErrors(ApplicationValidator.validateIncident(incident, "", today()))) {
                return;
            }
            draft.incidents.add(incident);
            showIncidents();
        });
        addIncident.setId("add-incident");
        addIncident.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div incidentForm = new Div(addTitle, occurred, reported, reportedTo, other, reference, description, addIncident);
        incidentForm.addClassName("panel");
        content.add(incidentForm);

        content.add(continueButton(() -> {
            if (draft.incidents.isEmpty()) {
                showErrors(List.of(new ValidationProblem("incidents",
                        "Add at least one incident you reported, then continue")));
                return;
            }
            showConsent();
        }));
    }

    private static String incidentSummary(NewApplication.NewIncident incident) {
        String reference = incident.agencyReference() == null || incident.agencyReference().isBlank()
                ? "" : " (reference " + incident.agencyReference().strip() + ")";
        return "Happened " + format(incident.occurredOn()) + ", reported to " + ApplicationDraft.agencyName(incident)
                + " on " + format(incident.reportedOn()) + reference + ". " + incident.description().strip();
    }

    // Step 4 -------------------------------------------------------------------------------------------------------

    private void showConsent() {
        startStep(4, "Sharing your information", this::showIncidents);
        content.add(new Paragraph("To review how your reports were handled, the " + draft.partnershipName
                        + " Community Safety Unit must share your details and what you have told us with the "
                        + "agencies that take part in the review, such as the police, the council, housing "
                        + "providers and health services."),
                new Paragraph("If you do not agree, we cannot carry out a case review. You can still complain to "
                        + "each agency through its own complaints procedure."));
        Checkbox consent = new Checkbox("I agree to my information being shared with the partner agencies");
        consent.setId("consentToShare");
        consent.setValue(draft.consentToShare);
        fields.put("consentToShare", consent);
        content.add(consent, continueButton(() -> {
            draft.consentToShare = consent.getValue();
            if (!draft.consentToShare) {
                showErrors(List.of(new ValidationProblem("consentToShare",
                        "Confirm that you agree to your information being shared with the partner agencies")));
                return;
            }
            showCheckAnswers();
        }));
    }

    // Step 5 -------------------------------------------------------------------------------------------------------

    private void showCheckAnswers() {
        startStep(5, "Check your answers before sending your application", this::showConsent);
        Div answers = new Div();
        answers.addClassName("summary-list");
        answers.add(summaryRow("Council area", draft.partnershipName, changeLink("council area", this::showCouncilArea)),
                summaryRow("Full name", draft.name, changeLink("full name", this::showDetails)),
                summaryRow("Address", joinNonBlank(draft.address, draft.postcode), changeLink("address", this::showDetails)),
                summaryRow("Phone number", draft.phone, changeLink("phone number", this::showDetails)),
                summaryRow("Email address", draft.email, changeLink("email address", this::showDetails)),
                summaryRow("How to contact you", draft.preferredContact.label(),
                        changeLink("how to contact you", this::showDetails)));
        for (int i = 0; i < draft.incidents.size(); i++) {
            answers.add(summaryRow("Incident " + (i + 1), incidentSummary(draft.incidents.get(i)),
                    changeLink("incident " + (i + 1), this::showIncidents)));
        }
        answers.add(summaryRow("Sharing your information", "You agree to your information being shared",
                changeLink("sharing your information", this::showConsent)));
        Button submit = new Button("Send application");
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(submit));
        content.add(answers, new H2("Now send your application"),
                new Paragraph("By sending this application you confirm that, to the best of your knowledge, the "
                        + "details you are providing are correct."), submit);
    }

    private void submit(Button submit) {
        try {
            SubmittedApplication submitted = applications.submit(draft.toNewApplication(), "Applicant (online)");
            showConfirmation(submitted);
        } catch (InvalidApplicationException e) {
            submit.setEnabled(true);
            showErrors(e.problems().stream()
                    .map(p -> new ValidationProblem("submit", p.message())).distinct().toList());
        } catch (RuntimeException e) {
            // The transaction rolled back: nothing was stored, the answers stay on the page, trying again is safe.
            log.error("An application could not be stored", e);
            submit.setEnabled(true);
            showErrors(List.of(new ValidationProblem("submit", "Sorry, there is a problem with the service and "
                    + "your application was not sent. Your answers have been kept: please try again in a few minutes.")));
        }
    }

    // Confirmation -------------------------------------------------------------------------------------------------

    private void showConfirmation(SubmittedApplication submitted) {
        fields.clear();
        errorSummary.clear();
        content.removeAll();
        Div panel = new Div();
        panel.addClassName("confirmation-panel");
        H1 title = new H1("Application sent");
        title.setId("page-heading");
        title.getElement().setAttribute("tabindex", "-1");
        Div reference = new Div(new Span("Your reference number"), new Span(submitted.reference()));
        reference.setId("reference");
        reference.addClassName("reference");
        panel.add(title, reference);
        content.add(panel);
        if (submitted.acknowledgedOn() != null) {
            content.add(new Paragraph("We have sent a confirmation email with your reference number."));
        } else {
            content.add(new Paragraph("The Community Safety Unit will contact you to acknowledge your application by "
                    + format(submitted.acknowledgementDue()) + "."));
        }
        content.add(new H2("What happens next"),
                new Paragraph("The " + submitted.partnershipName() + " Community Safety Unit will ask the agencies "
                        + "you reported to about the incidents and decide whether your application meets the "
                        + "threshold for a case review."),
                new Paragraph("We will tell you our decision, and the reason for it, by "
                        + format(submitted.decisionDue()) + "."),
                new H2("Contact the Community Safety Unit"),
                new Paragraph("Phone: " + submitted.csuPhone()),
                new Paragraph("Email: " + submitted.csuEmail()),
                new Paragraph("Keep your reference number. You will need it, and the email address or phone number "
                        + "you gave us, to ask about your application."));
        title.getElement().callJsFunction("focus");
    }

    // Shared parts of every step -----------------------------------------------------------------------------------

    private void startStep(int step, String heading, @Nullable Runnable back) {
        fields.clear();
        errorSummary.clear();
        content.removeAll();
        if (back != null) {
            Button backLink = new Button("Back", e -> back.run());
            backLink.setId("back");
            backLink.addClassName("back-link");
            backLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            content.add(backLink);
        }
        Span progress = new Span("Step " + step + " of " + STEPS);
        progress.addClassName("caption");
        H1 title = new H1(heading);
        title.setId("page-heading");
        title.getElement().setAttribute("tabindex", "-1");
        content.add(progress, title);
        getUI().ifPresent(ui -> ui.getPage().setTitle(heading + " – Apply for an ASB Case Review"));
        // Move focus to the new heading so screen readers announce the step.
        title.getElement().callJsFunction("focus");
    }

    private Div continueButton(Runnable onContinue) {
        Button button = new Button("Continue", e -> onContinue.run());
        button.setId("continue");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(button);
        actions.addClassName("actions");
        return actions;
    }

    private Button changeLink(String what, Runnable goTo) {
        Button change = new Button("Change", e -> goTo.run());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        change.getElement().setAttribute("aria-label", "Change " + what);
        return change;
    }

    private static Div summaryRow(String key, @Nullable String value, Component action) {
        Span k = new Span(key);
        k.addClassName("summary-list__key");
        Span v = new Span(value == null || value.isBlank() ? "Not given" : value);
        v.addClassName("summary-list__value");
        Div row = new Div(k, v, action);
        row.addClassName("summary-list__row");
        return row;
    }

    private TextField textField(String id, String label, String value, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value);
        field.setMaxLength(maxLength);
        fields.put(id, field);
        return field;
    }

    private DatePicker datePicker(String id, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(Locale.UK);
        picker.setMax(today());
        picker.setHelperText("For example, 27 3 2026 (day, month, year)");
        fields.put(id, picker);
        return picker;
    }

    /**
     * Marks each field with its message and lists them all in the error summary.
     *
     * @return whether there were any problems
     */
    private boolean showErrors(List<ValidationProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> summary = new LinkedHashMap<>();
        for (ValidationProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
            summary.putIfAbsent(ANCHORS.getOrDefault(problem.field(), problem.field()), problem.message());
        }
        errorSummary.show(summary);
        return !problems.isEmpty();
    }

    private static String format(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String joinNonBlank(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
