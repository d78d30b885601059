package org.casereview.backoffice.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.BehaviourType;
import org.casereview.application.NewApplication;
import org.casereview.application.ReportMethod;
import org.casereview.application.ValidationProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One incident the applicant reported, with the portal's questions about it. Field ids are
 * {@code incident-1-occurredOn} …; the domain names the same answers {@code incidents[0].occurredOn} ….
 */
final class IncidentBlock extends Div {

    private final H3 title = new H3();
    private final Button remove = new Button();
    private final Fields.DateField occurred;
    private final Fields.DateField reported;
    private final Select<Agency> reportedTo = new Select<>();
    private final TextField reportedToOther;
    private final TextField reportedToPerson;
    private final TextField reference;
    private final RadioButtonGroup<ReportMethod> howReported;
    private final Select<BehaviourType> behaviour = new Select<>();
    private final TextField location;
    private final TextArea description;
    private final RadioButtonGroup<Answer> sameAsOthers;
    private final TextArea actionTaken;
    private final RadioButtonGroup<Answer> satisfied;
    private final RadioButtonGroup<Answer> timeframeGiven;
    private final Fields.DateField timeframeEndsOn;
    private final TextField reportedBy;

    /**
     * @param number   1 for the first incident
     * @param onRemove takes this block off the form
     */
    IncidentBlock(int number, LocalDate today, Runnable onRemove) {
        addClassNames("panel", "incident-block");
        String id = "incident-" + number + "-";
        setId("incident-" + number);
        occurred = Fields.date(id + "occurredOn", "Date it happened");
        occurred.setMax(today);
        reported = Fields.date(id + "reportedOn", "Date it was reported");
        reported.setMax(today);
        reportedTo.setLabel("Who was it reported to?");
        reportedTo.setId(id + "reportedTo");
        reportedTo.setItems(Agency.values());
        reportedTo.setItemLabelGenerator(agency -> agency == null ? "Select an organisation" : agency.label());
        reportedTo.setEmptySelectionAllowed(true);
        reportedTo.setEmptySelectionCaption("Select an organisation");
        reportedTo.setManualValidation(true);
        reportedToOther = Fields.text(id + "reportedToOther", "Name of the organisation",
                ApplicationValidator.OTHER_AGENCY_MAX);
        reportedToOther.setVisible(false);
        reportedTo.addValueChangeListener(e -> reportedToOther.setVisible(e.getValue() == Agency.OTHER));
        reportedToPerson = Fields.text(id + "reportedToPerson", "Person or team it was reported to (optional)",
                ApplicationValidator.SHORT_TEXT_MAX);
        reference = Fields.text(id + "agencyReference", "Agency's reference number (optional)",
                ApplicationValidator.REFERENCE_MAX);
        reference.setHelperText("The incident or crime reference they gave");
        howReported = Fields.radio(id + "howReported", "How was it reported? (optional)", ReportMethod::label,
                ReportMethod.values());
        behaviour.setLabel("Kind of behaviour (optional)");
        behaviour.setId(id + "behaviour");
        behaviour.setItems(BehaviourType.values());
        behaviour.setItemLabelGenerator(type -> type == null ? "Select the kind of behaviour" : type.label());
        behaviour.setEmptySelectionAllowed(true);
        behaviour.setEmptySelectionCaption("Select the kind of behaviour");
        location = Fields.text(id + "location", "Where did it happen? (optional)", ApplicationValidator.LOCATION_MAX);
        description = Fields.area(id + "description", "What happened?", ApplicationValidator.DESCRIPTION_MAX);
        sameAsOthers = Fields.radio(id + "sameAsOthers", "The same or a similar problem as the incidents above?",
                Answer::label, Answer.YES, Answer.NO, Answer.NOT_SURE);
        sameAsOthers.setVisible(number > 1);
        actionTaken = Fields.area(id + "actionTaken", "What action was taken after it was reported? (optional)",
                ApplicationValidator.DETAILS_MAX);
        satisfied = Fields.radio(id + "reporterSatisfied", "Is the person who reported it satisfied with the action "
                + "taken? (optional)", Answer::label, Answer.YES, Answer.NO, Answer.NOT_SURE);
        timeframeGiven = Fields.radio(id + "timeframeGiven", "Did the agency give a date by which it would act? "
                + "(optional)", Answer::label, Answer.YES, Answer.NO, Answer.NOT_SURE);
        timeframeGiven.setHelperText("A case review may have to wait until that date has passed");
        timeframeEndsOn = Fields.date(id + "timeframeEndsOn", "The date they gave");
        timeframeEndsOn.setVisible(false);
        timeframeGiven.addValueChangeListener(e -> timeframeEndsOn.setVisible(e.getValue() == Answer.YES));
        reportedBy = Fields.text(id + "reportedBy", "Reported by (a group member's name; empty if the applicant)",
                ApplicationValidator.NAME_MAX);
        reportedBy.setHelperText("Reports by different people in the group count towards the community route");
        reportedBy.setVisible(false);

        remove.setId(id + "remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        Div header = new Div(title, remove);
        header.addClassName("incident-block__header");

        FormLayout form = Fields.columns();
        form.add(occurred, reported, reportedTo, reportedToOther, reportedToPerson, reference, reportedBy);
        form.add(description, 2);
        form.add(howReported, 2);
        form.add(behaviour, location, sameAsOthers);
        form.add(actionTaken, 2);
        form.add(satisfied, 2);
        form.add(timeframeGiven, 2);
        form.add(timeframeEndsOn);
        add(header, form);
        renumber(number);
    }

    /** After an incident above is removed, this one moves up. */
    void renumber(int number) {
        title.setText("Incident " + number);
        remove.setText("Remove incident " + number);
        sameAsOthers.setVisible(number > 1);
        if (number == 1) {
            sameAsOthers.clear();
        }
    }

    /** The reporter's name is asked only when one person applies for a group. */
    void forGroup(boolean group) {
        reportedBy.setVisible(group);
    }

    NewApplication.NewIncident value() {
        Answer timeframe = timeframeGiven.getValue();
        String by = reportedBy.isVisible() && !reportedBy.getValue().isBlank() ? reportedBy.getValue() : null;
        return new NewApplication.NewIncident(occurred.getValue(), reported.getValue(), reportedTo.getValue(),
                reportedTo.getValue() == Agency.OTHER ? reportedToOther.getValue() : null, reference.getValue(),
                description.getValue(), reportedToPerson.getValue(), howReported.getValue(), location.getValue(),
                behaviour.getValue(), sameAsOthers.isVisible() ? sameAsOthers.getValue() : null,
                actionTaken.getValue(), satisfied.getValue(), timeframe,
                timeframe == Answer.YES ? timeframeEndsOn.getValue() : null, by);
    }

    /** @param prefix the domain's name for this incident's answers, like {@code incidents[0].} */
    void targets(String prefix, Map<String, Component> targets) {
        targets.put(prefix + "occurredOn", occurred);
        targets.put(prefix + "reportedOn", reported);
        targets.put(prefix + "reportedTo", reportedTo);
        targets.put(prefix + "reportedToOther", reportedToOther);
        targets.put(prefix + "reportedToPerson", reportedToPerson);
        targets.put(prefix + "agencyReference", reference);
        targets.put(prefix + "reportedBy", reportedBy);
        targets.put(prefix + "description", description);
        targets.put(prefix + "location", location);
        targets.put(prefix + "actionTaken", actionTaken);
        targets.put(prefix + "timeframeEndsOn", timeframeEndsOn);
    }

    List<ValidationProblem> unparsable(String prefix) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (occurred.unparsable()) {
            problems.add(new ValidationProblem(prefix + "occurredOn",
                    "The date it happened must be a real date, like 27/3/2026"));
        }
        if (reported.unparsable()) {
            problems.add(new ValidationProblem(prefix + "reportedOn",
                    "The date it was reported must be a real date, like 27/3/2026"));
        }
        if (timeframeEndsOn.isVisible() && timeframeEndsOn.unparsable()) {
            problems.add(new ValidationProblem(prefix + "timeframeEndsOn",
                    "The date they gave must be a real date, like 27/3/2026"));
        }
        return problems;
    }
}
