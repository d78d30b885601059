package org.casereview.backoffice.cases;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.DomainConfiguration;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.NewApplication;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.casework.CaseworkService;
import org.casereview.risk.RiskAnswer;
import org.casereview.risk.RiskQuestion;
import org.casereview.risk.RiskQuestionnaire;
import org.casereview.risk.RiskService;
import org.casereview.staff.StaffMember;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The forms behind the case page's buttons. Each names the version of the case the page showed. */
final class CaseDialogs {

    private CaseDialogs() {
    }

    static ActionDialog acknowledge(CaseworkService casework, Application application, long version,
                                    Runnable reload) {
        RadioButtonGroup<AcknowledgementMethod> method = new RadioButtonGroup<>("How was it acknowledged?");
        method.setId("acknowledgement-method");
        method.setItems(AcknowledgementMethod.values());
        method.setItemLabelGenerator(m -> switch (m) {
            case EMAIL -> "By e-mail to " + (application.getApplicantEmail() == null ? "the applicant (no address given)"
                    : application.getApplicantEmail()) + ": sent now";
            case LETTER -> application.getApplicantAddress() == null ? "By letter (no postal address given)"
                    : "By letter: it goes to the print queue to print and post";
            case PHONE -> "By phone: I have spoken to the applicant";
        });
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setItemEnabledProvider(m -> switch (m) {
            case EMAIL -> application.getApplicantEmail() != null;
            case LETTER -> application.getApplicantAddress() != null;
            case PHONE -> true;
        });
        method.setValue(switch (application.getPreferredContact()) {
            case EMAIL -> application.getApplicantEmail() != null ? AcknowledgementMethod.EMAIL
                    : AcknowledgementMethod.PHONE;
            case PHONE -> AcknowledgementMethod.PHONE;
            case POST -> application.getApplicantAddress() != null ? AcknowledgementMethod.LETTER
                    : AcknowledgementMethod.PHONE;
        });
        TextArea note = new TextArea("Note (optional)");
        note.setId("acknowledgement-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        Paragraph explain = new Paragraph("The applicant prefers contact by "
                + application.getPreferredContact().label().toLowerCase(Locale.UK) + ". Acknowledgement "
                + (application.getAcknowledgementDue().isBefore(LocalDate.now(DomainConfiguration.UK))
                ? "was due by " : "is due by ") + Formats.date(application.getAcknowledgementDue()) + "."
                + " An e-mail is sent at once; a letter waits in the print queue to be printed and posted.");
        return new ActionDialog("Acknowledge " + application.getReference(), "Record acknowledgement",
                () -> Feedback.attempt(() -> casework.acknowledge(application.getId(), version, method.getValue(),
                        note.getValue()), reload),
                () -> {
                    reload.run();
                    Feedback.saved("Acknowledged by " + method.getValue().label().toLowerCase(Locale.UK)
                            + ". The threshold decision is due by "
                            + Formats.date(casework.open(application.getId()).application().getDecisionDue()) + ".");
                }).with(explain, method, note);
    }

    static ActionDialog assign(CaseworkService casework, Application application, long version,
                               List<StaffMember> caseworkers, Runnable reload) {
        ComboBox<StaffMember> officer = new ComboBox<>("Give the case to");
        officer.setId("assign-officer");
        officer.setItems(caseworkers);
        officer.setItemLabelGenerator(StaffMember::displayName);
        officer.setClearButtonVisible(true);
        officer.setWidthFull();
        officer.setHelperText("Leave empty to take it off everyone.");
        caseworkers.stream().filter(s -> Long.valueOf(s.id()).equals(application.getAssignedOfficerId()))
                .findFirst().ifPresent(officer::setValue);
        return new ActionDialog("Assign " + application.getReference(), "Assign",
                () -> Feedback.attempt(() -> casework.assign(application.getId(), version,
                        officer.getValue() == null ? null : officer.getValue().id()), reload),
                () -> {
                    Feedback.saved(officer.getValue() == null ? "Nobody has the case now"
                            : "Assigned to " + officer.getValue().displayName());
                    reload.run();
                }).with(officer);
    }

    static ActionDialog addIncident(CaseworkService casework, Application application, long version,
                                    Runnable reload) {
        DatePicker occurred = new DatePicker("Date it happened");
        occurred.setId("incident-occurred");
        DatePicker reported = new DatePicker("Date it was reported");
        reported.setId("incident-reported");
        for (DatePicker picker : List.of(occurred, reported)) {
            picker.setLocale(Locale.UK);
            picker.setRequiredIndicatorVisible(true);
        }
        Select<Agency> agency = new Select<>();
        agency.setLabel("Reported to");
        agency.setId("incident-agency");
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(Agency::label);
        TextField other = new TextField("Organisation");
        other.setId("incident-other");
        other.setVisible(false);
        other.setMaxLength(ApplicationValidator.OTHER_AGENCY_MAX);
        agency.addValueChangeListener(e -> other.setVisible(e.getValue() == Agency.OTHER));
        TextField reference = new TextField("Agency's incident reference");
        reference.setId("incident-reference");
        reference.setMaxLength(ApplicationValidator.REFERENCE_MAX);
        TextField reporter = new TextField("Who made the report, if not the applicant");
        reporter.setId("incident-reporter");
        reporter.setHelperText("For reports by other residents: they count towards the community route.");
        reporter.setMaxLength(200);
        TextArea description = new TextArea("What happened");
        description.setId("incident-description");
        description.setMaxLength(ApplicationValidator.DESCRIPTION_MAX);
        FormLayout form = new FormLayout(occurred, reported, agency, other, reference, reporter, description);
        form.setColspan(description, 2);
        form.setColspan(reporter, 2);
        return new ActionDialog("Add an incident an agency reported", "Add incident",
                () -> Feedback.attempt(() -> casework.addIncident(application.getId(), version,
                        new NewApplication.NewIncident(occurred.getValue(), reported.getValue(), agency.getValue(),
                                other.getValue(), reference.getValue(), description.getValue()),
                        reporter.getValue()), reload),
                () -> {
                    Feedback.saved("Incident added");
                    reload.run();
                }).with(new Paragraph("For an incident an agency has on its records that the applicant did not list. "
                + "It is checked like the applicant's own and counts in the threshold assessment."), form);
    }

    static ActionDialog link(CaseworkService casework, Application application, long version, Runnable reload) {
        TextField reference = new TextField("Reference of the other case");
        reference.setId("link-reference");
        reference.setPlaceholder("CT-2026-00012");
        TextField reason = new TextField("Why are they linked?");
        reason.setId("link-reason");
        reason.setPlaceholder("Same address; same people involved");
        reason.setMaxLength(500);
        reason.setWidthFull();
        return new ActionDialog("Link " + application.getReference() + " to another case", "Link cases",
                () -> Feedback.attempt(() -> casework.link(application.getId(), version, reference.getValue(),
                        reason.getValue()), reload),
                () -> {
                    Feedback.saved("Cases linked");
                    reload.run();
                }).with(reference, reason);
    }

    static ActionDialog risk(RiskService risk, RiskQuestionnaire questionnaire, Runnable reload) {
        Map<String, RadioButtonGroup<RiskAnswer>> answers = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var latest = questionnaire.latest();
        for (RiskQuestion question : questionnaire.questions()) {
            RadioButtonGroup<RiskAnswer> answer = new RadioButtonGroup<>(question.getQuestion());
            answer.setId("risk-" + question.getCode().toLowerCase(Locale.ROOT).replace('_', '-'));
            answer.setItems(RiskAnswer.values());
            answer.setItemLabelGenerator(RiskAnswer::label);
            answer.setRequiredIndicatorVisible(true);
            if (question.getGuidance() != null) {
                answer.setHelperText(question.getGuidance());
            }
            if (latest != null) {
                latest.getAnswers().stream().filter(a -> a.getCode().equals(question.getCode())).findFirst()
                        .ifPresent(a -> answer.setValue(a.getAnswer()));
            }
            answers.put(question.getCode(), answer);
            form.add(answer);
        }
        TextArea notes = new TextArea("Notes (optional)");
        notes.setId("risk-notes");
        notes.setMaxLength(2000);
        form.add(notes);
        Paragraph bands = new Paragraph("Each \"yes\" adds its weight to the score (most " + questionnaire.maximum()
                + "). Medium risk from " + questionnaire.mediumFrom() + ", High from " + questionnaire.highFrom()
                + ".");
        ActionDialog dialog = new ActionDialog("Risk and vulnerability of the victim", "Save assessment",
                () -> Feedback.attempt(() -> {
                    Map<String, RiskAnswer> given = new HashMap<>();
                    answers.forEach((code, group) -> {
                        if (group.getValue() != null) {
                            given.put(code, group.getValue());
                        }
                    });
                    risk.assess(questionnaire.applicationId(), questionnaire.version(), given, notes.getValue());
                }, reload),
                () -> {
                    Feedback.saved("Risk assessment saved");
                    reload.run();
                });
        dialog.setWidth("min(48em, 95vw)");
        return dialog.with(bands, form);
    }
}
