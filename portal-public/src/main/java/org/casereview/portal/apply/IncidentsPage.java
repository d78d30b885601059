package org.casereview.portal.apply;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.BehaviourType;
import org.casereview.application.NewApplication;
import org.casereview.application.ReportMethod;
import org.casereview.application.ValidationProblem;
import org.casereview.partnership.Partnership;
import org.casereview.threshold.ThresholdPolicy;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The incidents: add, change and remove reports, each with what the threshold policy needs. The domain's threshold
 * check is shown as guidance as the list grows.
 */
class IncidentsPage extends StepPage {

    private final DateField occurred;
    private final DateField reported;
    private final @Nullable Select<String> reportedBy;
    private final Select<Agency> reportedTo;
    private final TextField reportedToOther;
    private final TextField reportedToPerson;
    private final TextField reference;
    private final RadioButtonGroup<ReportMethod> howReported;
    private final Select<BehaviourType> behaviour;
    private final TextField location;
    private final TextArea description;
    private final @Nullable RadioButtonGroup<Answer> sameAsOthers;
    private final TextArea actionTaken;
    private final RadioButtonGroup<Answer> satisfied;
    private final RadioButtonGroup<Answer> timeframeGiven;
    private final DateField timeframeEndsOn;

    IncidentsPage(Wizard wizard) {
        super(wizard);
        add(p(draft.victimApplying() ? "incidents.intro.victim" : "incidents.intro.other"));
        Partnership partnership = wizard.partnership();
        if (partnership != null) {
            add(thresholdRule(partnership));
        }
        if (!draft.incidents.isEmpty()) {
            SummaryList list = new SummaryList(t("answer.not-given"));
            list.setId("incident-list");
            for (int i = 0; i < draft.incidents.size(); i++) {
                int index = i;
                String what = t("incidents.item", i + 1);
                list.row(what, summary(draft.incidents.get(i)),
                        SummaryList.action(t("action.change"), what.toLowerCase(locale()), () -> edit(index)),
                        SummaryList.action(t("action.remove"), what.toLowerCase(locale()), () -> remove(index)));
            }
            add(new H2(t("incidents.added", draft.incidents.size())), list);
            if (partnership != null) {
                add(new ThresholdGuidance(partnership, draft, wizard.today(), this));
            }
        }

        NewApplication.NewIncident pending = draft.pendingIncident;
        Integer editing = draft.editingIncident;
        boolean first = draft.incidents.isEmpty() || (editing != null && editing == 0);
        H2 formTitle = new H2(editing != null ? t("incidents.form.change", editing + 1)
                : t(draft.incidents.isEmpty() ? "incidents.form.add" : "incidents.form.add-another"));

        occurred = date("occurredOn", "incidents.occurredOn.label", pending.occurredOn());
        occurred.setMax(wizard.today());
        reported = date("reportedOn", "incidents.reportedOn.label", pending.reportedOn());
        reported.setMax(wizard.today());

        if (draft.applicantType == ApplicantType.ON_BEHALF_OF_GROUP && !draft.members.isEmpty()) {
            Select<String> by = new Select<>();
            by.setLabel(t("incidents.reportedBy.label"));
            by.setId("reportedBy");
            List<String> people = new ArrayList<>();
            people.add("");
            draft.members.forEach(member -> people.add(member.name().strip()));
            by.setItems(people);
            by.setItemLabelGenerator(name -> name.isEmpty() ? t("incidents.reportedBy.me") : name);
            by.setValue(pending.reportedBy() == null || !people.contains(pending.reportedBy().strip())
                    ? "" : pending.reportedBy().strip());
            by.setHelperText(t("incidents.reportedBy.hint"));
            fields.put("reportedBy", by);
            reportedBy = by;
        } else {
            reportedBy = null;
        }

        reportedTo = new Select<>();
        reportedTo.setLabel(t("incidents.reportedTo.label"));
        reportedTo.setId("reportedTo");
        reportedTo.setItems(Agency.values());
        reportedTo.setEmptySelectionAllowed(true);
        reportedTo.setEmptySelectionCaption(t("incidents.reportedTo.choose"));
        reportedTo.setItemLabelGenerator(agency -> agency == null ? t("incidents.reportedTo.choose") : label(agency));
        reportedTo.setValue(pending.reportedTo());
        reportedTo.setManualValidation(true);
        fields.put("reportedTo", reportedTo);
        reportedToOther = text("reportedToOther", "incidents.reportedToOther.label", value(pending.reportedToOther()),
                ApplicationValidator.OTHER_AGENCY_MAX);
        Div other = reveal(pending.reportedTo() == Agency.OTHER, reportedToOther);
        reportedTo.addValueChangeListener(e -> other.setVisible(e.getValue() == Agency.OTHER));
        reportedToPerson = text("reportedToPerson", "incidents.reportedToPerson.label",
                value(pending.reportedToPerson()), ApplicationValidator.SHORT_TEXT_MAX);
        reference = text("agencyReference", "incidents.agencyReference.label", value(pending.agencyReference()),
                ApplicationValidator.REFERENCE_MAX);
        reference.setHelperText(t("incidents.agencyReference.hint"));
        howReported = radio("howReported", "incidents.howReported.label", pending.howReported(), ReportMethod.values());

        behaviour = new Select<>();
        behaviour.setLabel(t("incidents.behaviour.label"));
        behaviour.setId("behaviour");
        behaviour.setItems(BehaviourType.values());
        behaviour.setEmptySelectionAllowed(true);
        behaviour.setEmptySelectionCaption(t("incidents.behaviour.choose"));
        behaviour.setItemLabelGenerator(type -> type == null ? t("incidents.behaviour.choose") : label(type));
        behaviour.setValue(pending.behaviour());
        behaviour.setManualValidation(true);
        fields.put("behaviour", behaviour);
        location = text("location", "incidents.location.label", value(pending.location()),
                ApplicationValidator.LOCATION_MAX);
        location.setHelperText(t("incidents.location.hint"));
        description = area("description", "incidents.description.label", pending.description(),
                ApplicationValidator.DESCRIPTION_MAX);
        description.setHelperText(t("incidents.description.hint"));
        if (!first) {
            sameAsOthers = radio("sameAsOthers", "incidents.sameAsOthers.label", pending.sameAsOthers(), Answer.YES,
                    Answer.NO, Answer.NOT_SURE);
            sameAsOthers.setHelperText(t("incidents.sameAsOthers.hint"));
        } else {
            sameAsOthers = null;
        }
        actionTaken = area("actionTaken", "incidents.actionTaken.label", value(pending.actionTaken()),
                ApplicationValidator.DETAILS_MAX);
        satisfied = radio("reporterSatisfied", "incidents.reporterSatisfied.label", pending.reporterSatisfied(),
                Answer.YES, Answer.NO, Answer.NOT_SURE);
        timeframeGiven = radio("timeframeGiven", "incidents.timeframeGiven.label", pending.timeframeGiven(),
                Answer.YES, Answer.NO, Answer.NOT_SURE);
        timeframeGiven.setHelperText(t("incidents.timeframeGiven.hint"));
        timeframeEndsOn = date("timeframeEndsOn", "incidents.timeframeEndsOn.label", pending.timeframeEndsOn());
        Div timeframe = reveal(pending.timeframeGiven() == Answer.YES, timeframeEndsOn);
        timeframeGiven.addValueChangeListener(e -> timeframe.setVisible(e.getValue() == Answer.YES));

        Button save = new Button(t(editing != null ? "incidents.save" : "incidents.add"), e -> addIncident());
        save.setId("add-incident");
        save.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div form = new Div(formTitle, occurred, reported);
        if (reportedBy != null) {
            form.add(reportedBy);
        }
        form.add(reportedTo, other, reportedToPerson, reference, howReported, behaviour, location, description);
        if (sameAsOthers != null) {
            form.add(sameAsOthers);
        }
        form.add(actionTaken, satisfied, timeframeGiven, timeframe, save);
        if (editing != null) {
            Button cancel = new Button(t("action.cancel"), e -> {
                draft.pendingIncident = ApplicationDraft.emptyIncident();
                draft.editingIncident = null;
                wizard.refresh();
            });
            cancel.setId("cancel-incident");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            form.add(cancel);
        }
        form.addClassName("panel");
        form.setId("incident-form");
        add(form);
    }

    /** The area's own threshold, in plain English, before any incident is added. */
    private Div thresholdRule(Partnership partnership) {
        ThresholdPolicy policy = partnership.policy();
        Div rule = new Div(p("incidents.threshold", partnership.getName(), policy.sameOrSimilarRequired() ? 1 : 0,
                policy.qualifyingComplaints(), policy.windowMonths(), policy.reportWithinMonths()));
        if (policy.communityRoute()) {
            rule.add(p("incidents.threshold.community", policy.communityIndividuals()));
        }
        if (policy.dissatisfactionRequired()) {
            rule.add(p("incidents.threshold.dissatisfied"));
        }
        rule.add(p("incidents.threshold.guide"));
        rule.setId("threshold-rule");
        rule.addClassName("inset-text");
        return rule;
    }

    private String summary(NewApplication.NewIncident incident) {
        String reference = incident.agencyReference() == null || incident.agencyReference().isBlank()
                ? "" : " " + t("incidents.summary.reference", incident.agencyReference().strip());
        return t("incidents.summary", date(incident.occurredOn()), organisation(incident),
                date(incident.reportedOn())) + reference + " " + incident.description().strip();
    }

    private void addIncident() {
        store();
        List<ValidationProblem> problems = new ArrayList<>(unparsable(occurred, reported, timeframeEndsOn));
        problems.addAll(ApplicationValidator.validateIncident(draft.pendingIncident, "", wizard.today(), locale()));
        if (wizard.showProblems(problems)) {
            return;
        }
        NewApplication.NewIncident incident = draft.pendingIncident;
        if (draft.editingIncident != null && draft.editingIncident < draft.incidents.size()) {
            draft.incidents.set(draft.editingIncident, incident);
        } else {
            draft.incidents.add(incident);
        }
        draft.pendingIncident = ApplicationDraft.emptyIncident();
        draft.editingIncident = null;
        wizard.refresh();
    }

    private void edit(int index) {
        draft.pendingIncident = draft.incidents.get(index);
        draft.editingIncident = index;
        wizard.refresh();
    }

    private void remove(int index) {
        draft.incidents.remove(index);
        draft.editingIncident = null;
        draft.pendingIncident = ApplicationDraft.emptyIncident();
        wizard.refresh();
    }

    @Override
    String heading() {
        return t("incidents.heading");
    }

    @Override
    void store() {
        Answer timeframe = timeframeGiven.getValue();
        draft.pendingIncident = new NewApplication.NewIncident(occurred.getValue(), reported.getValue(),
                reportedTo.getValue(), reportedTo.getValue() == Agency.OTHER ? reportedToOther.getValue() : null,
                reference.getValue(), description.getValue(), reportedToPerson.getValue(), howReported.getValue(),
                location.getValue(), behaviour.getValue(), sameAsOthers == null ? null : sameAsOthers.getValue(),
                actionTaken.getValue(), satisfied.getValue(), timeframe,
                timeframe == Answer.YES ? timeframeEndsOn.getValue() : null,
                reportedBy == null || reportedBy.getValue() == null || reportedBy.getValue().isEmpty()
                        ? null : reportedBy.getValue());
    }

    /** An incident typed in but not added would be lost by continuing: say so rather than drop it. */
    @Override
    List<ValidationProblem> pageProblems() {
        NewApplication.NewIncident pending = draft.pendingIncident;
        boolean typed = pending.occurredOn() != null || pending.reportedOn() != null || pending.reportedTo() != null
                || !pending.description().isBlank() || occurred.hasUnparsableInput() || reported.hasUnparsableInput();
        return typed ? List.of(new ValidationProblem("add-incident", t(draft.editingIncident != null
                ? "incidents.not-saved" : "incidents.not-added"))) : List.of();
    }
}
