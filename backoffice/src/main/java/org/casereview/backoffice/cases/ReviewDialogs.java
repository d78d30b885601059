package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.ActionRefusedException;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.review.InformationRequest;
import org.casereview.review.NewRecommendation;
import org.casereview.review.PanelMeeting;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.PlannedAction;
import org.casereview.review.Recommendation;
import org.casereview.review.ReviewFile;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageService;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The forms behind the review page's buttons. Each sends the version of the case the page shows when it is sent,
 * and stays open with what was typed when it is refused, or when someone else changed the case first (the page then
 * offers to reload; the form can be sent again).
 */
final class ReviewDialogs {

    static final String DEFAULT_REQUEST = "Your agency's complete case details about this household and the actions "
            + "you took, including reports you considered vexatious and any work still in progress.";

    private final ReviewService reviews;
    private final SecondStageService secondStage;
    private final long id;
    private final LongSupplier version;
    private final Runnable reload;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    ReviewDialogs(ReviewService reviews, SecondStageService secondStage, long id, LongSupplier version,
                  Runnable reload) {
        this.reviews = reviews;
        this.secondStage = secondStage;
        this.id = id;
        this.version = version;
        this.reload = reload;
    }

    private static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    /** A dialog whose action is {@code change}; after it is saved, {@code done} is shown and the page reloaded. */
    private ActionDialog dialog(String title, String action, Runnable change, String done) {
        return new ActionDialog(title, action, () -> Feedback.attempt(change, reload), () -> {
            Feedback.saved(done);
            reload.run();
        }).keepOpenOnConflict();
    }

    private static TextArea area(String label, String id, int max) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(max);
        return area;
    }

    private static DatePicker date(String label, String id, @Nullable LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        picker.setId(id);
        picker.setLocale(Locale.UK);
        return picker;
    }

    private static Select<Agency> agencySelect(String id) {
        Select<Agency> agency = new Select<>();
        agency.setLabel("Kind of agency");
        agency.setId(id);
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(Agency::label);
        return agency;
    }

    private static <T> T required(@Nullable T value, String message) {
        if (value == null) {
            throw new ActionRefusedException(message);
        }
        return value;
    }

    // Information from agencies --------------------------------------------------------------------------------

    ActionDialog requestInformation() {
        Select<Agency> agency = agencySelect("request-agency");
        TextField name = new TextField("Agency");
        name.setId("request-agency-name");
        name.setPlaceholder("Kent Police");
        name.setMaxLength(120);
        name.setHelperText("As the agency is known locally: its name appears in the findings.");
        // A suggestion, never a value: the select's answer can arrive after the officer has started typing here.
        agency.addValueChangeListener(e -> name.setPlaceholder(e.getValue() == null || e.getValue() == Agency.OTHER
                ? "" : e.getValue().label()));
        TextField email = new TextField("Contact e-mail address (optional)");
        email.setId("request-email");
        email.setMaxLength(254);
        email.setHelperText("Where the agency is told of the request. Partner agency users also see it in the back "
                + "office.");
        TextArea text = area("What are you asking for?", "request-text", 4000);
        text.setValue(DEFAULT_REQUEST);
        LocalDate defaultDue = calendar.plusWorkingDays(today(), ReviewService.INFORMATION_DUE_WORKING_DAYS);
        DatePicker due = date("Answer due by", "request-due", defaultDue);
        due.setMin(today().plusDays(1));
        due.setHelperText(ReviewService.INFORMATION_DUE_WORKING_DAYS + " working days from today: "
                + Formats.date(defaultDue) + ". An agency that has not answered by then is listed in the findings.");
        FormLayout form = new FormLayout(agency, name, email, due, text);
        form.setColspan(email, 2);
        form.setColspan(text, 2);
        return dialog("Ask an agency for information", "Send request", () -> reviews.requestInformation(id,
                        version.getAsLong(), required(agency.getValue(), "Choose the kind of agency"), typedOr(name),
                        email.getValue(), text.getValue(), required(due.getValue(), "Choose the day the answer is due")),
                "Request recorded").with(form);
    }

    ActionDialog recordAnswer(InformationRequest request) {
        TextArea answer = area("What the agency sent", "answer-text", 60_000);
        answer.setMinHeight("10em");
        answer.setHelperText("Its case details and actions, as the agency gave them.");
        DatePicker received = date("Received on", "answer-received", today());
        received.setMax(today());
        received.setMin(request.getRequestedOn());
        return dialog("Answer from " + request.getAgencyName(), "Record answer",
                () -> reviews.recordAnswer(id, version.getAsLong(), request.getId(), answer.getValue(),
                        required(received.getValue(), "Choose the day the answer was received")),
                "Answer from " + request.getAgencyName() + " recorded")
                .with(new Paragraph("Asked on " + Formats.date(request.getRequestedOn()) + ": "
                        + request.getRequestText()), received, answer);
    }

    // The panel -------------------------------------------------------------------------------------------------

    ActionDialog panel(ReviewFile file) {
        PanelMeeting existing = file.panel();
        DatePicker heldOn = date("Date the panel met", "panel-held-on",
                existing == null ? today() : existing.getHeldOn());
        heldOn.setMax(today());
        Paragraph rule = new Paragraph("At least " + ReviewService.MINIMUM_PANEL_AGENCIES + " partner agencies must "
                + "be represented (community safety partnership agencies, housing providers, others involved). "
                + "The panel cannot be recorded with fewer.");
        rule.setId("panel-rule");
        rule.addClassName("rule");
        PanelSeatsEditor members = new PanelSeatsEditor("member", "Members: one row each", List.of(),
                existing == null ? List.of() : existing.getMembers(), 3);
        Div count = new Div();
        count.setId("agency-count");
        members.onChange(seats -> {
            count.removeAll();
            count.add(PanelSeatsEditor.count(PanelSeatsEditor.agencies(seats), ReviewService.MINIMUM_PANEL_AGENCIES));
        });
        TextField chair = new TextField("Independent chair (optional)");
        chair.setId("panel-chair");
        chair.setMaxLength(200);
        chair.setWidthFull();
        TextField peerBy = new TextField("Peer review by a neighbouring partnership (optional)");
        peerBy.setId("panel-peer-by");
        peerBy.setMaxLength(200);
        peerBy.setWidthFull();
        peerBy.setHelperText("For a complex case: the partnership whose reviewer looked at it.");
        TextArea peerComments = area("Peer reviewer's comments", "panel-peer-comments", 20_000);
        Checkbox consulted = new Checkbox("The victim was consulted on the action plan");
        consulted.setId("panel-victim-consulted");
        Checkbox invited = new Checkbox("The victim was invited to the meeting");
        invited.setId("panel-victim-invited");
        TextArea findings = area("Findings", "panel-findings", 60_000);
        findings.setMinHeight("8em");
        Div overdue = new Div();
        overdue.setId("panel-overdue");
        overdue.addClassName("rule");
        overdue.add(new Paragraph(file.agenciesOverdue().isEmpty()
                ? "Every agency asked has answered, or is not due yet."
                : "No information by the due day from: " + String.join(", ", file.agenciesOverdue())
                + ". The findings record this."));
        if (existing != null) {
            chair.setValue(orEmpty(existing.getIndependentChair()));
            peerBy.setValue(orEmpty(existing.getPeerReviewBy()));
            peerComments.setValue(orEmpty(existing.getPeerReviewComments()));
            consulted.setValue(existing.isVictimConsulted());
            invited.setValue(existing.isVictimInvited());
            findings.setValue(existing.getFindings());
        }
        ActionDialog dialog = dialog(existing == null ? "Record the review panel" : "Amend the panel record",
                existing == null ? "Record panel" : "Save panel record",
                () -> reviews.recordPanel(id, version.getAsLong(), new PanelRecord(
                        required(heldOn.getValue(), "Choose the day the panel met"), members.seats(),
                        chair.getValue(), peerBy.getValue(), peerComments.getValue(), consulted.getValue(),
                        invited.getValue(), findings.getValue())),
                existing == null ? "Panel recorded: the review is held" : "Panel record saved");
        dialog.setWidth("min(64em, 96vw)");
        Div victim = new Div(consulted, invited);
        victim.addClassName("checks");
        return dialog.with(heldOn, rule, members, count, chair, peerBy, peerComments, victim,
                new H3("Findings"), overdue, findings);
    }

    /** What was typed, or else the name the field suggests (its placeholder), as the officer sees it. */
    private static String typedOr(TextField name) {
        return name.getValue().isBlank() && name.getPlaceholder() != null ? name.getPlaceholder() : name.getValue();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    // Recommendations -------------------------------------------------------------------------------------------

    ActionDialog recommendation(ReviewFile file) {
        Select<Agency> agency = agencySelect("recommendation-agency");
        TextField name = new TextField("Agency");
        name.setId("recommendation-agency-name");
        name.setMaxLength(120);
        agency.addValueChangeListener(e -> name.setPlaceholder(e.getValue() == null ? ""
                : file.requests().stream().filter(r -> r.getAgency() == e.getValue()).findFirst()
                .map(InformationRequest::getAgencyName)
                .orElse(e.getValue() == Agency.OTHER ? "" : e.getValue().label())));
        TextField email = new TextField("Contact e-mail address (optional)");
        email.setId("recommendation-email");
        email.setMaxLength(254);
        TextArea text = area("Recommendation", "recommendation-text", 4000);
        text.setHelperText("Addressed to this one agency. It is issued with the outcome; the agency must then say "
                + "whether it will act on it, with reasons.");
        FormLayout form = new FormLayout(agency, name, email, text);
        form.setColspan(email, 2);
        form.setColspan(text, 2);
        return dialog("Add a recommendation", "Add recommendation", () -> reviews.addRecommendation(id,
                        version.getAsLong(), required(agency.getValue(), "Choose the kind of agency"),
                        typedOr(name), email.getValue(), text.getValue()),
                "Recommendation added").with(form);
    }

    ActionDialog response(Recommendation recommendation) {
        RadioButtonGroup<Recommendation.Response> choice = new RadioButtonGroup<>("What did "
                + recommendation.getAgencyName() + " say?");
        choice.setId("response-choice");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(Recommendation.Response.values());
        choice.setItemLabelGenerator(Recommendation.Response::label);
        TextArea reasons = area("Their reasons", "response-reasons", 4000);
        return dialog("Response from " + recommendation.getAgencyName(), "Record response",
                () -> reviews.recordResponse(id, version.getAsLong(), recommendation.getId(),
                        required(choice.getValue(), "Choose whether the agency will act on it"), reasons.getValue()),
                "Response recorded")
                .with(new Paragraph("For a response that came by e-mail or letter. Recommendation: "
                        + recommendation.getRecommendationText()), choice, reasons);
    }

    // The action plan -------------------------------------------------------------------------------------------

    ActionDialog addAction() {
        TextArea description = area("Action", "action-description", 2000);
        TextField owner = new TextField("Agency that owns it");
        owner.setId("action-owner");
        owner.setMaxLength(120);
        DatePicker due = date("Due by", "action-due", null);
        due.setMin(today());
        FormLayout form = new FormLayout(description, owner, due);
        form.setColspan(description, 2);
        return dialog("Add an action to the plan", "Add action", () -> reviews.addAction(id, version.getAsLong(),
                        description.getValue(), owner.getValue(), required(due.getValue(), "Choose the due day")),
                "Action added").with(form);
    }

    ActionDialog updateAction(PlannedAction action) {
        RadioButtonGroup<PlannedAction.Status> status = statusChoice("action-status", action.getStatus());
        TextArea notes = area("Notes (optional)", "action-notes", 2000);
        notes.setValue(orEmpty(action.getNotes()));
        return dialog("Update the action", "Save", () -> reviews.updateAction(id, version.getAsLong(),
                        action.getId(), required(status.getValue(), "Choose how the action stands"), notes.getValue()),
                "Action updated")
                .with(new Paragraph(action.getDescription() + " (" + action.getOwnerAgency() + ", due "
                        + Formats.date(action.getDueOn()) + ")"), status, notes);
    }

    private static RadioButtonGroup<PlannedAction.Status> statusChoice(String id, PlannedAction.Status current) {
        RadioButtonGroup<PlannedAction.Status> status = new RadioButtonGroup<>("How does it stand?");
        status.setId(id);
        status.setItems(PlannedAction.Status.values());
        status.setItemLabelGenerator(PlannedAction.Status::label);
        status.setValue(current);
        return status;
    }

    // Outcome and deadlines -------------------------------------------------------------------------------------

    ActionDialog delayNotice(ReviewFile file) {
        TextArea reason = area("Why will the outcome be late?", "delay-reason", 2000);
        reason.setHelperText("Told to the applicant in plain words, for example: we are still waiting for "
                + "information from one of the agencies.");
        DatePicker newDue = date("New date for the outcome", "delay-new-date", null);
        newDue.setMin(file.outcomeDue().plusDays(1));
        return dialog("Send a delay notice", "Send delay notice", () -> reviews.sendDelayNotice(id,
                        version.getAsLong(), reason.getValue(), required(newDue.getValue(), "Choose the new date")),
                "Delay notice sent").with(new Paragraph("The outcome is due by " + Formats.date(file.outcomeDue())
                + ". The applicant is told why it will be late and the new date, by the way they asked to be "
                + "contacted."), reason, newDue);
    }

    /** A summary of what the outcome letter holds, to confirm before it goes. */
    ConfirmDialog sendOutcome(ReviewFile file) {
        Application a = file.application();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-outcome");
        confirm.setHeader("Send the outcome to the applicant?");
        Div summary = new Div();
        summary.setId("outcome-summary");
        summary.add(new Paragraph("The applicant is sent the outcome the way they asked to be contacted ("
                + a.getPreferredContact().label().toLowerCase(Locale.UK) + "), with:"));
        UnorderedList what = new UnorderedList();
        PanelMeeting panel = file.panel();
        what.add(new ListItem("the panel's findings (met " + (panel == null ? "—" : Formats.date(panel.getHeldOn()))
                + (file.agenciesOverdue().isEmpty() ? ")" : "; no information from "
                + String.join(", ", file.agenciesOverdue()) + ")")));
        List<Recommendation> toIssue = file.recommendations().stream().filter(r -> !r.isIssued()).toList();
        what.add(new ListItem(toIssue.isEmpty() ? "no recommendations"
                : toIssue.size() + (toIssue.size() == 1 ? " recommendation" : " recommendations") + ": "
                + String.join("; ", toIssue.stream().map(r -> "to " + r.getAgencyName()).toList())));
        what.add(new ListItem(file.actions().isEmpty() ? "no action plan"
                : "the action plan: " + file.actions().size() + (file.actions().size() == 1 ? " action" : " actions")));
        what.add(new ListItem("how to ask for a second-stage review if they are not satisfied"));
        summary.add(what);
        if (!toIssue.isEmpty()) {
            summary.add(new Paragraph("Each recommendation is issued to its agency, which must say whether it will "
                    + "act on it."));
        }
        summary.add(new Paragraph("The final review of the action plan falls due "
                + a.getPartnership().policy().finalReviewMonths() + " months from today. This cannot be undone."));
        confirm.setText(summary);
        confirm.setCancelable(true);
        confirm.setConfirmText("Send the outcome");
        confirm.addConfirmListener(e -> {
            if (Feedback.attempt(() -> reviews.sendOutcome(id, version.getAsLong()), reload).saved()) {
                Feedback.saved("Outcome sent");
                reload.run();
            }
        });
        return confirm;
    }

    ActionDialog finalReview(ReviewFile file) {
        List<Supplier<ReviewService.ActionProgress>> progress = new ArrayList<>();
        Div actions = new Div();
        actions.setId("final-actions");
        int index = 0;
        for (PlannedAction action : file.actions()) {
            Div row = new Div();
            row.addClassName("final-action");
            Span what = new Span(action.getDescription() + " · " + action.getOwnerAgency() + " · due "
                    + Formats.date(action.getDueOn()));
            what.addClassName("final-action__what");
            RadioButtonGroup<PlannedAction.Status> status = statusChoice("final-action-status-" + index,
                    action.getStatus());
            TextField notes = new TextField("Notes");
            notes.setId("final-action-notes-" + index);
            notes.setValue(orEmpty(action.getNotes()));
            notes.setMaxLength(2000);
            notes.setWidthFull();
            row.add(what, status, notes);
            actions.add(row);
            progress.add(() -> new ReviewService.ActionProgress(action.getId(), status.getValue(),
                    notes.getValue()));
            index++;
        }
        if (file.actions().isEmpty()) {
            actions.add(new Paragraph("The action plan has no actions."));
        }
        TextArea result = area("What the resident is told", "final-result", 4000);
        result.setHelperText("The result of the review of the action plan, in plain words.");
        RadioButtonGroup<Boolean> close = new RadioButtonGroup<>("What happens to the case?");
        close.setId("final-close");
        close.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        close.setItems(true, false);
        close.setItemLabelGenerator(closing -> closing ? "Close the case: no further action is needed"
                : "Keep it open with further actions, and review it again");
        DatePicker next = date("Next review", "final-next-review", today().plusMonths(3));
        next.setMin(today().plusDays(1));
        next.setVisible(false);
        close.addValueChangeListener(e -> next.setVisible(Boolean.FALSE.equals(e.getValue())));
        ActionDialog dialog = dialog("Final review of the action plan", "Record final review", () -> {
            boolean closing = required(close.getValue(), "Choose whether to close the case or keep it open");
            reviews.recordFinalReview(id, version.getAsLong(), progress.stream().map(Supplier::get).toList(),
                    result.getValue(), closing ? null : required(next.getValue(), "Choose the day of the next review"));
        }, "Final review recorded");
        dialog.setWidth("min(56em, 96vw)");
        return dialog.with(new Paragraph("Check each action with the agency that owns it. Closing needs every action "
                + "complete or recorded as not done."), actions, result, close, next);
    }

    // Second-stage review ---------------------------------------------------------------------------------------

    ActionDialog secondStageRequest() {
        RadioButtonGroup<SecondStageReview.About> about = new RadioButtonGroup<>("What is the applicant unhappy "
                + "with?");
        about.setId("appeal-about");
        about.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        about.setItems(SecondStageReview.About.values());
        about.setItemLabelGenerator(SecondStageReview.About::label);
        TextArea reasons = area("Their reasons", "appeal-reasons", 10_000);
        DatePicker received = date("Received on", "appeal-received", today());
        received.setMax(today());
        return dialog("Record a second-stage review request", "Record request", () -> secondStage.recordRequest(id,
                        version.getAsLong(), required(about.getValue(), "Choose what the applicant is unhappy with"),
                        reasons.getValue(), required(received.getValue(), "Choose the day it was received")),
                "Second-stage review request recorded")
                .with(new Paragraph("For a request made by phone, letter or e-mail. An independent panel will "
                        + "review the case."), about, reasons, received);
    }

    ActionDialog secondStageDecision(SecondStageReview appeal) {
        PanelSeatsEditor panel = new PanelSeatsEditor("appeal-member", "The independent panel: senior members of the "
                + "partnership and an elected council member (the portfolio holder for community safety, or a "
                + "deputy), with the role \"" + PanelSeat.ELECTED_MEMBER + "\"",
                List.of(PanelSeat.ELECTED_MEMBER, "Chair of the partnership", "Head of community safety",
                        "Senior police officer", "Senior housing officer"), List.of(), 2);
        RadioButtonGroup<SecondStageReview.Decision> decision = new RadioButtonGroup<>("Decision");
        decision.setId("appeal-decision");
        decision.setItems(SecondStageReview.Decision.values());
        decision.setItemLabelGenerator(SecondStageReview.Decision::label);
        TextArea reasons = area("The panel's reasons", "appeal-decision-reasons", 20_000);
        reasons.setHelperText("Sent to the applicant, with how to query the decision with the Police and Crime "
                + "Commissioner.");
        Checkbox activate = new Checkbox("Start the case review: the threshold decision is overturned");
        activate.setId("appeal-activate");
        activate.setVisible(false);
        List<Supplier<NewRecommendation>> added = new ArrayList<>();
        Div recommendations = new Div();
        recommendations.setId("appeal-recommendations");
        Button addRecommendation = new Button("Add a recommendation", e -> {
            int index = added.size();
            Select<Agency> agency = agencySelect("appeal-rec-agency-" + index);
            TextField name = new TextField("Agency");
            name.setId("appeal-rec-name-" + index);
            name.setMaxLength(120);
            TextField email = new TextField("Contact e-mail (optional)");
            email.setId("appeal-rec-email-" + index);
            email.setMaxLength(254);
            TextArea text = area("Recommendation", "appeal-rec-text-" + index, 4000);
            FormLayout row = new FormLayout(agency, name, email, text);
            row.setColspan(text, 3);
            row.addClassName("appeal-recommendation");
            recommendations.add(row);
            added.add(() -> new NewRecommendation(required(agency.getValue(), "Choose the kind of agency for each "
                    + "recommendation"), name.getValue(), email.getValue(), text.getValue()));
        });
        addRecommendation.setId("add-appeal-recommendation");
        addRecommendation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div newRecommendations = new Div(new H3("New recommendations (optional)"), recommendations,
                addRecommendation);
        decision.addValueChangeListener(e -> {
            boolean upheld = e.getValue() != null && e.getValue() != SecondStageReview.Decision.NOT_UPHELD;
            activate.setVisible(upheld && appeal.canActivateReview());
            if (!activate.isVisible()) {
                activate.setValue(false);
            }
            newRecommendations.setVisible(e.getValue() != SecondStageReview.Decision.NOT_UPHELD);
        });
        ActionDialog dialog = dialog("Second-stage decision", "Record decision", () -> secondStage.decide(id,
                        version.getAsLong(), panel.seats(),
                        required(decision.getValue(), "Choose the panel's decision"), reasons.getValue(),
                        decision.getValue() == SecondStageReview.Decision.NOT_UPHELD ? List.of()
                                : added.stream().map(Supplier::get).toList(), activate.getValue()),
                "Second-stage decision recorded");
        dialog.setWidth("min(64em, 96vw)");
        return dialog.with(appealSummary(appeal), panel, decision, reasons, activate, newRecommendations);
    }

    private static Component appealSummary(SecondStageReview appeal) {
        Paragraph summary = new Paragraph("Asked for on " + Formats.date(appeal.getRequestedOn()) + " about "
                + appeal.getAbout().label().toLowerCase(Locale.UK) + " (the case was \""
                + appeal.getAppealedFrom().label().toLowerCase(Locale.UK) + "\"). Reasons: " + appeal.getReasons());
        summary.addClassName("rule");
        return summary;
    }
}
