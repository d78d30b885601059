package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.Application;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Facts;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.backoffice.ui.Tags;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.decision.ExclusionKind;
import org.casereview.decision.IncidentReview;
import org.casereview.decision.IncidentVerification;
import org.casereview.decision.ThresholdDecision;
import org.casereview.decision.ThresholdExclusion;
import org.casereview.decision.ThresholdReview;
import org.casereview.decision.VerificationOutcome;
import org.casereview.threshold.Exclusion;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdPolicy;

import java.util.List;
import java.util.Locale;

/**
 * The threshold check: the domain's assessment incident by incident with its reasons, what each agency confirmed,
 * exclusions, and the decision. Recording what an agency says re-runs the assessment on the confirmed facts.
 */
@com.vaadin.flow.router.Route("cases/:id/threshold")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER})
public class ThresholdView extends CasePage<ThresholdReview> {

    private final DecisionService decisions;

    final RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>("What do you decide?");
    final TextArea reason = new TextArea("Reason");
    final Div preview = new Div();

    ThresholdView(DecisionService decisions, CaseAccessLog accessLog) {
        super("Threshold check – Case Review", accessLog, CaseScreen.THRESHOLD);
        this.decisions = decisions;
        addClassNames("view", "threshold-view");
    }

    @Override
    protected ThresholdReview load(long caseId) {
        return decisions.review(caseId);
    }

    @Override
    protected void show(ThresholdReview review) {
        removeAll();
        Application a = review.application();
        setPageTitle("Threshold check " + a.getReference() + " – Case Review");
        RouterLink back = backToCase(a);
        H1 heading = new H1("Threshold check: " + a.getReference());
        heading.setId("threshold-heading");
        Div tags = new Div(Tags.status(a.getStatus()), Tags.risk(a.getRiskLevel()));
        tags.addClassName("tags");
        add(back, heading, tags);
        protectionBanner(a).ifPresent(this::add);
        add(verdict(review));
        add(section("Incidents, and what the agencies confirmed", incidents(review)));
        add(section("Exclusions", exclusions(review)));
        add(section(review.decision() == null ? "Decision" : "Decision made", decision(review)));
    }

    private Component verdict(ThresholdReview review) {
        ThresholdAssessment assessment = review.assessment();
        String words = switch (assessment.outcome()) {
            case MET -> "Threshold met (" + (assessment.route() == org.casereview.threshold.Route.COMMUNITY ? "community" : "individual")
                    + " route)";
            case NOT_MET -> "Threshold not met" + (assessment.discretionAvailable()
                    ? ": the policy allows acceptance at the officer's discretion" : "");
            case EXCLUDED -> "Excluded: an exclusion applies";
        };
        Span verdict = new Span(words);
        verdict.setId("assessment-outcome");
        verdict.addClassNames("verdict", "verdict--" + assessment.outcome().name().toLowerCase(Locale.ROOT));
        String counts = assessment.qualifyingCount() + " of " + assessment.requiredCount() + " qualifying complaints"
                + (review.policy().individualRouteCountsOnePerson() ? " by one person" : "")
                + (review.policy().communityRoute() ? "; " + assessment.distinctIndividuals() + " of "
                + assessment.requiredIndividuals() + " individuals" : "")
                + ". Reports made from " + Formats.date(assessment.earliestQualifyingReportDate()) + " count.";
        long unverified = review.unverifiedCount();
        Paragraph basis = new Paragraph(review.decision() != null ? "As assessed on the facts recorded."
                : unverified == 0 ? "On the facts every agency has confirmed."
                : "On the facts as listed: " + unverified + (unverified == 1 ? " incident has" : " incidents have")
                + " not been checked with the agency yet.");
        basis.setId("assessment-basis");
        Div box = new Div(verdict, new Paragraph(counts), basis, new Paragraph("Policy: " + policyInWords(review.policy())));
        box.addClassNames("panel", "verdict-panel");
        return box;
    }

    private Component incidents(ThresholdReview review) {
        Grid<IncidentReview> grid = new Grid<>();
        grid.setId("threshold-incidents");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> String.valueOf(i.incident().getPosition() + 1)).setHeader("#").setWidth("3.5rem")
                .setFlexGrow(0);
        grid.addColumn(i -> dated(i.incident().getOccurredOn(), i.occurredOn())).setHeader("Happened")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> dated(i.incident().getReportedOn(), i.reportedOn())).setHeader("Reported")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.incident().reportedToName()
                + (i.incident().getAgencyReference() == null ? "" : " · " + i.incident().getAgencyReference())
                + (i.incident().getReporterName() == null ? "" : " · by " + i.incident().getReporterName()))
                .setHeader("Reported to").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::agencySays)).setHeader("Agency says").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(i -> {
            Span tag = new Span(i.counts() ? "Counts" : "Does not count");
            tag.addClassNames("tag", i.counts() ? "tag--counts" : "tag--not-counted");
            Div cell = new Div(tag);
            i.reasons().forEach(r -> cell.add(new Div(r)));
            return cell;
        })).setHeader("Verdict").setFlexGrow(2);
        if (review.canDecide()) {
            grid.addColumn(new ComponentRenderer<>(i -> {
                Button record = new Button(i.verified() ? "Change" : "Record answer",
                        e -> verificationDialog(review, i).open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                record.setId("verify-" + (i.incident().getPosition() + 1));
                return record;
            })).setHeader("").setKey("record").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(review.incidents());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component agencySays(IncidentReview incident) {
        IncidentVerification v = incident.verification();
        Div cell = new Div();
        if (v == null) {
            Span tag = new Span("Not checked");
            tag.addClassNames("tag", "tag--unchecked");
            cell.add(tag);
            return cell;
        }
        Span tag = new Span(v.getOutcome().label());
        tag.addClassNames("tag", "tag--verification-" + v.getOutcome().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        cell.add(tag);
        if (v.getAgencyAction() != null) {
            cell.add(new Div("Action: " + v.getAgencyAction()));
        }
        if (v.getNotes() != null) {
            cell.add(new Div("Notes: " + v.getNotes()));
        }
        return cell;
    }

    private static String dated(java.time.LocalDate listed, java.time.LocalDate used) {
        return listed.equals(used) ? Formats.date(listed)
                : Formats.date(used) + " (agency); listed " + Formats.date(listed);
    }

    private ActionDialog verificationDialog(ThresholdReview review, IncidentReview incident) {
        IncidentVerification existing = incident.verification();
        RadioButtonGroup<VerificationOutcome> answer = new RadioButtonGroup<>("What did the agency ("
                + incident.incident().reportedToName() + ") tell you?");
        answer.setId("verification-outcome");
        answer.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        answer.setItems(VerificationOutcome.values());
        answer.setItemLabelGenerator(o -> switch (o) {
            case CONFIRMED -> "Confirmed: as listed";
            case NO_RECORD -> "No record of this report";
            case DIFFERENT_DATE -> "Has it on a different date";
        });
        DatePicker occurred = new DatePicker("Happened on (agency's record)");
        occurred.setId("verification-occurred");
        DatePicker reported = new DatePicker("Reported on (agency's record)");
        reported.setId("verification-reported");
        for (DatePicker picker : List.of(occurred, reported)) {
            picker.setLocale(Locale.UK);
            picker.setHelperText("Leave empty if the same as listed");
        }
        TextArea action = new TextArea("What the agency did about it");
        action.setId("verification-action");
        action.setHelperText("Listed in the reply to the applicant if the threshold is not met.");
        action.setMaxLength(2000);
        TextArea notes = new TextArea("Notes for the case (not sent)");
        notes.setId("verification-notes");
        notes.setMaxLength(2000);
        FormLayout dates = new FormLayout(occurred, reported);
        dates.setVisible(false);
        answer.addValueChangeListener(e -> dates.setVisible(e.getValue() == VerificationOutcome.DIFFERENT_DATE));
        if (existing != null) {
            answer.setValue(existing.getOutcome());
            occurred.setValue(existing.getAgencyOccurredOn());
            reported.setValue(existing.getAgencyReportedOn());
            action.setValue(existing.getAgencyAction() == null ? "" : existing.getAgencyAction());
            notes.setValue(existing.getNotes() == null ? "" : existing.getNotes());
        }
        for (TextArea area : List.of(action, notes)) {
            area.setWidthFull();
        }
        Paragraph listed = new Paragraph(incident.incident().label() + ": happened "
                + Formats.date(incident.incident().getOccurredOn()) + ", reported to "
                + incident.incident().reportedToName() + " on " + Formats.date(incident.incident().getReportedOn())
                + (incident.incident().getAgencyReference() == null ? ""
                : " (reference " + incident.incident().getAgencyReference() + ")") + ".");
        return new ActionDialog("Agency's answer: " + incident.incident().label(), "Save answer",
                () -> Feedback.attempt(() -> {
                    if (answer.getValue() == null) {
                        throw new org.casereview.ActionRefusedException("Choose what the agency says");
                    }
                    decisions.recordVerification(id, review.version(), incident.incident().getId(),
                            answer.getValue(), occurred.getValue(), reported.getValue(), action.getValue(),
                            notes.getValue());
                }, this::reload),
                () -> {
                    Feedback.saved("Saved; the assessment has been run again");
                    reload();
                }).with(listed, answer, dates, action, notes);
    }

    private Component exclusions(ThresholdReview review) {
        Div box = new Div();
        box.setId("exclusions");
        for (Exclusion declared : review.declaredExclusions()) {
            Div row = new Div(new Span("From the application: " + switch (declared) {
                case Exclusion.AgencyTimeframeNotExpired timeframe -> timeframe.agency()
                        + " gave a time-frame for action to " + Formats.date(timeframe.timeframeEndsOn());
                case Exclusion.SingleAgencyConduct conduct -> "the concern is only about "
                        + conduct.agency() + "'s conduct";
            }));
            row.addClassName("exclusion");
            box.add(row);
        }
        if (review.exclusions().isEmpty() && review.declaredExclusions().isEmpty()) {
            box.add(new Paragraph("None recorded. A case is excluded when an agency gave a time-frame for action "
                    + "that has not expired, or when the concern is only about one agency's conduct."));
        }
        for (ThresholdExclusion exclusion : review.exclusions()) {
            Div row = new Div(new Span(exclusion.getKind().label() + ": " + exclusion.getAgency()
                    + (exclusion.getTimeframeEndsOn() == null ? ""
                    : ", time-frame to " + Formats.date(exclusion.getTimeframeEndsOn()))
                    + (exclusion.getNotes() == null ? "" : ". " + exclusion.getNotes())));
            row.addClassName("exclusion");
            if (review.canDecide()) {
                Button remove = new Button("Remove", e -> {
                    if (Feedback.attempt(() -> decisions.removeExclusion(id, review.version(), exclusion.getId()),
                            this::reload).saved()) {
                        reload();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
            box.add(row);
        }
        if (review.canDecide()) {
            Button add = new Button("Record an exclusion", e -> exclusionDialog(review).open());
            add.setId("add-exclusion");
            box.add(add);
        }
        return box;
    }

    private ActionDialog exclusionDialog(ThresholdReview review) {
        RadioButtonGroup<ExclusionKind> kind = new RadioButtonGroup<>("Why can this not be a case review?");
        kind.setId("exclusion-kind");
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setItems(ExclusionKind.values());
        kind.setItemLabelGenerator(ExclusionKind::label);
        TextField agency = new TextField("Agency");
        agency.setId("exclusion-agency");
        agency.setMaxLength(120);
        DatePicker until = new DatePicker("Last day of the agency's time-frame");
        until.setId("exclusion-until");
        until.setLocale(Locale.UK);
        until.setVisible(false);
        kind.addValueChangeListener(e -> until.setVisible(e.getValue() == ExclusionKind.AGENCY_TIMEFRAME));
        TextArea notes = new TextArea("Notes (optional)");
        notes.setWidthFull();
        notes.setMaxLength(2000);
        return new ActionDialog("Record an exclusion", "Record exclusion",
                () -> Feedback.attempt(() -> {
                    if (kind.getValue() == null) {
                        throw new org.casereview.ActionRefusedException("Choose why the case is excluded");
                    }
                    decisions.recordExclusion(id, review.version(), kind.getValue(), agency.getValue(),
                            until.getValue(), notes.getValue());
                }, this::reload),
                () -> {
                    Feedback.saved("Exclusion recorded");
                    reload();
                }).with(kind, agency, until, notes);
    }

    private Component decision(ThresholdReview review) {
        Div box = new Div();
        box.setId("decision");
        ThresholdDecision made = review.decision();
        if (made != null) {
            box.add(Facts.of(
                    "Decision", made.getOutcome().label(),
                    "Reason", made.getReason(),
                    "Decided by", made.getDecidedByName() + " (" + made.getDecidedBy() + ")",
                    "When", Formats.dateTime(made.getDecidedAt()),
                    "Risk at the time", made.getRiskLevel() == null ? "Not assessed" : made.getRiskLevel().label(),
                    "Policy applied", policyInWords(made.policy())));
            box.add(new H2("What the applicant was told"));
            Div told = new Div();
            told.addClassName("resident-text");
            for (String paragraph : made.getResidentText().split("\n\n")) {
                told.add(new Paragraph(paragraph));
            }
            box.add(told);
            return box;
        }
        if (!review.canDecide()) {
            box.add(new Paragraph(review.application().getAcknowledgedOn() == null
                    ? "Acknowledge the application before recording the decision."
                    : "Not decided yet."));
            return box;
        }
        outcome.setId("decision-outcome");
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setItems(review.allowedOutcomes());
        outcome.setItemLabelGenerator(o -> switch (o) {
            case MET -> "Threshold met: a case review will be carried out";
            case NOT_MET -> "Threshold not met";
            case DISCRETION -> "Below the threshold, but accepted at my discretion (harm or vulnerability)";
            case EXCLUDED -> "Excluded";
        });
        // With one decision open to the officer, it is shown chosen, with what the applicant will be told; it is still
        // recorded only when they press the button and confirm.
        outcome.setValue(review.allowedOutcomes().size() == 1 ? review.allowedOutcomes().iterator().next() : null);
        reason.setId("decision-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        preview.setId("decision-preview");
        preview.addClassName("resident-text");
        Runnable update = () -> {
            DecisionOutcome chosen = outcome.getValue();
            reason.setRequiredIndicatorVisible(chosen != null && review.reasonRequired().contains(chosen));
            reason.setHelperText(chosen == DecisionOutcome.DISCRETION
                    ? "Kept on the case. The applicant is told the review goes ahead because of the harm or their "
                    + "circumstances, not your words."
                    : "Sent to the applicant with the decision.");
            preview.removeAll();
            if (chosen != null) {
                preview.add(new H2("What the applicant will be told"));
                review.residentPreview(chosen, reason.getValue()).forEach(p -> preview.add(new Paragraph(p)));
            }
        };
        outcome.addValueChangeListener(e -> update.run());
        reason.addValueChangeListener(e -> update.run());
        update.run();
        Button record = new Button("Record decision", e -> confirmDecision(review));
        record.setId("record-decision");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(outcome, reason, preview, record);
        return box;
    }

    private void confirmDecision(ThresholdReview review) {
        DecisionOutcome chosen = outcome.getValue();
        if (chosen == null) {
            Feedback.error("Choose the decision");
            return;
        }
        Application a = review.application();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-decision");
        confirm.setHeader("Record \"" + chosen.label() + "\"?");
        long unchecked = review.unverifiedCount();
        confirm.setText((unchecked == 0 ? "" : unchecked + (unchecked == 1 ? " incident has" : " incidents have")
                + " not been checked with the agency. ") + "The decision cannot be changed afterwards. "
                + (a.getApplicantEmail() != null || a.getApplicantAddress() != null
                ? "The applicant is sent the decision by e-mail, or by a letter in the print queue, as they asked."
                : "The applicant gave no e-mail or postal address: tell them the decision by phone."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Record decision");
        confirm.addConfirmListener(e -> {
            if (Feedback.attempt(() -> decisions.decide(id, review.version(), chosen, reason.getValue()),
                    this::reload).saved()) {
                Feedback.saved("Decision recorded: " + chosen.label());
                reload();
            }
        });
        confirm.open();
    }

    static String policyInWords(ThresholdPolicy policy) {
        return policy.qualifyingComplaints() + " qualifying complaints"
                + (policy.sameOrSimilarRequired() ? " about the same or similar behaviour" : "")
                + ", each reported within " + months(policy.reportWithinMonths()) + " of the behaviour and no more than "
                + months(policy.windowMonths()) + " before the application"
                + (policy.communityRoute() ? "; or " + policy.communityIndividuals() + " individuals" : "")
                + (policy.dissatisfactionRequired() ? "; reporters not satisfied with the response" : "")
                + (policy.discretionAllowed() ? "; discretion allowed for harm or vulnerability" : "; no discretion")
                + ". Decision within " + policy.decisionWorkingDays() + " working days of "
                + (policy.decisionFrom() == org.casereview.threshold.DecisionClock.RECEIPT ? "receipt"
                : "acknowledgement") + ".";
    }

    private static String months(int months) {
        return months == 1 ? "one month" : months + " months";
    }
}
