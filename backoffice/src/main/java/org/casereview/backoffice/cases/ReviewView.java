package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.DomainConfiguration;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseAction;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.Facts;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.backoffice.ui.Tags;
import org.casereview.casework.CaseClock;
import org.casereview.review.CaseClosure;
import org.casereview.review.DelayNotice;
import org.casereview.review.FinalReview;
import org.casereview.review.InformationRequest;
import org.casereview.review.PanelMeeting;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case review after the threshold, and its appeal: requests to agencies and their answers, the panel, the
 * recommendations and the agencies' responses, the action plan, the outcome (or a delay notice), the final review,
 * the second-stage review, and closing. Only what the case's state and this member of staff's role allow is offered;
 * a closed case is read-only until reopened.
 */
@Route("cases/:id/review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER})
public class ReviewView extends CasePage<ReviewFile> {

    /** The states a case review runs in; before or outside them the page shows the appeal and closing only. */
    private static final Set<ApplicationStatus> REVIEWING = EnumSet.of(ApplicationStatus.REVIEW_ACTIVATED,
            ApplicationStatus.REVIEW_HELD, ApplicationStatus.OUTCOME_SENT);

    private final ReviewService reviews;
    private final SecondStageService secondStage;
    private final CaseClosure closure;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private @Nullable ReviewFile file;

    ReviewView(ReviewService reviews, SecondStageService secondStage, CaseClosure closure, CaseAccessLog accessLog) {
        super("Case review – Case Review", accessLog, CaseScreen.REVIEW);
        this.reviews = reviews;
        this.secondStage = secondStage;
        this.closure = closure;
        addClassNames("view", "review-view");
    }

    @Override
    protected ReviewFile load(long caseId) {
        return reviews.file(caseId);
    }

    /** The version of the case as this page shows it now: what a form sends, even one opened before a reload. */
    private long version() {
        return java.util.Objects.requireNonNull(file).application().getVersion();
    }

    @Override
    protected void show(ReviewFile shown) {
        this.file = shown;
        removeAll();
        Application a = shown.application();
        ReviewDialogs dialogs = new ReviewDialogs(reviews, secondStage, id, this::version, this::reload);
        setPageTitle("Case review " + a.getReference() + " – Case Review");
        RouterLink back = backToCase(a);
        H1 heading = new H1("Case review: " + a.getReference());
        heading.setId("review-heading");
        Span status = Tags.status(a.getStatus());
        status.setId("review-status");
        Div tags = new Div(status, Tags.risk(a.getRiskLevel()), new Span(a.getPartnership().getName()));
        tags.addClassName("tags");
        Div header = new Div(heading, tags);
        header.addClassName("case-header");
        add(back, header);
        protectionBanner(a).ifPresent(this::add);
        if (a.getStatus().isClosed()) {
            add(CaseEnds.closedBanner(a));
        }
        if (shown.delayNoticeDue()) {
            add(delayBanner(shown, dialogs));
        }

        Div main = new Div();
        main.addClassName("case-main");
        Div side = new Div();
        side.addClassName("case-side");
        Div layout = new Div(main, side);
        layout.addClassName("case-layout");
        add(layout);
        side.add(nextStep(shown), actions(shown, dialogs));

        if (isReview(shown)) {
            main.add(section("Information from agencies", requests(shown, dialogs)));
            main.add(section("Review panel", panel(shown)));
            main.add(section("Recommendations", recommendations(shown, dialogs)));
            main.add(section("Action plan", actions(shown.actions(), shown, dialogs)));
            main.add(section("Outcome", outcome(shown)));
            if (!shown.finalReviews().isEmpty() || a.getStatus() == ApplicationStatus.OUTCOME_SENT) {
                main.add(section("Final review", finalReviews(shown)));
            }
        } else {
            Paragraph none = new Paragraph(noReviewWords(a));
            none.setId("no-review");
            main.add(none);
            if (!shown.recommendations().isEmpty()) {
                main.add(section("Recommendations", recommendations(shown, dialogs)));
            }
        }
        main.add(section("Second-stage review (appeal)", secondStage(shown)));
    }

    /** Whether a case review has run on this case (or is running), rather than a threshold decided against it. */
    private static boolean isReview(ReviewFile file) {
        Application a = file.application();
        ApplicationStatus where = a.getStatus();
        if (where.isClosed() && a.getStatusBefore() != null) {
            where = a.getStatusBefore();
        }
        SecondStageReview open = file.openSecondStage();
        if (where == ApplicationStatus.SECOND_STAGE_REVIEW && open != null) {
            where = open.getAppealedFrom();
        }
        return REVIEWING.contains(where) || !file.requests().isEmpty() || file.panel() != null
                || !file.actions().isEmpty();
    }

    private static String noReviewWords(Application a) {
        if (a.getDecidedOn() == null) {
            return "There is no case review: the threshold has not been decided.";
        }
        return "There is no case review: the threshold decision went against the application. If the applicant "
                + "asks for a second-stage review, an independent panel that upholds it can start the case review.";
    }

    // Side: the next step and what can be done ----------------------------------------------------------------

    private Component nextStep(ReviewFile shown) {
        Application a = shown.application();
        Facts facts = new Facts();
        facts.setId("next-step");
        CaseClock clock = shown.nextStep();
        if (clock != null) {
            facts.add(clock.step(), Tags.clock(clock));
        }
        facts.add("Threshold decided", Formats.date(a.getDecidedOn()));
        if (a.getOutcomeSentOn() != null) {
            facts.add("Outcome sent", Formats.date(a.getOutcomeSentOn()));
        }
        if (a.getStatus() == ApplicationStatus.OUTCOME_SENT && a.getFinalReviewDue() != null && clock == null) {
            facts.add("Final review due", Formats.date(a.getFinalReviewDue()));
        }
        if (a.getRevisedDecisionDue() != null && a.getOutcomeSentOn() == null) {
            facts.add("Outcome deadline", "Moved by a delay notice from " + Formats.date(a.getDecisionDue()));
        }
        if (a.getStatus().isClosed()) {
            facts.add(a.getStatus().label(), Formats.date(a.getClosedOn()));
        }
        Div box = new Div(facts);
        box.addClassName("panel");
        return box;
    }

    private Component actions(ReviewFile shown, ReviewDialogs dialogs) {
        Application a = shown.application();
        Div box = new Div();
        box.addClassNames("panel", "review-actions");
        box.add(new H2("What you can do now"));
        Div buttons = new Div();
        buttons.addClassName("case-actions");
        buttons.setId("review-actions");
        CaseAction primary = switch (a.getStatus()) {
            case REVIEW_ACTIVATED -> CaseAction.RECORD_PANEL;
            case REVIEW_HELD -> CaseAction.SEND_OUTCOME;
            case OUTCOME_SENT -> CaseAction.RECORD_FINAL_REVIEW;
            case SECOND_STAGE_REVIEW -> CaseAction.DECIDE_SECOND_STAGE;
            default -> CaseAction.REOPEN;
        };
        List<Button> steps = new ArrayList<>();
        if (shown.may(CaseAction.REQUEST_INFORMATION)) {
            steps.add(button("Ask an agency for information", "request-information",
                    () -> dialogs.requestInformation().open()));
        }
        if (shown.may(CaseAction.RECORD_PANEL)) {
            Button panel = button(shown.panel() == null ? "Record the review panel" : "Amend the panel record",
                    "record-panel", () -> dialogs.panel(shown).open());
            primary(panel, primary == CaseAction.RECORD_PANEL);
            steps.add(panel);
        }
        if (shown.may(CaseAction.SEND_DELAY_NOTICE)) {
            steps.add(button("Send a delay notice", "send-delay-notice", () -> dialogs.delayNotice(shown).open()));
        }
        if (shown.may(CaseAction.SEND_OUTCOME)) {
            Button outcome = button("Send the outcome", "send-outcome", () -> dialogs.sendOutcome(shown).open());
            primary(outcome, primary == CaseAction.SEND_OUTCOME);
            steps.add(outcome);
        }
        if (shown.may(CaseAction.RECORD_FINAL_REVIEW)) {
            Button review = button("Record the final review", "record-final-review",
                    () -> dialogs.finalReview(shown).open());
            primary(review, primary == CaseAction.RECORD_FINAL_REVIEW);
            steps.add(review);
        }
        if (shown.may(CaseAction.REQUEST_SECOND_STAGE)) {
            steps.add(button("Record a second-stage review request", "record-second-stage-request",
                    () -> dialogs.secondStageRequest().open()));
        }
        SecondStageReview appeal = shown.openSecondStage();
        if (shown.may(CaseAction.DECIDE_SECOND_STAGE) && appeal != null) {
            Button decide = button("Record the second-stage decision", "decide-second-stage",
                    () -> dialogs.secondStageDecision(appeal).open());
            primary(decide, true);
            steps.add(decide);
        }
        steps.forEach(buttons::add);
        if (shown.canWork()) {
            CaseEnds.buttons(closure, a, shown.allowed(), this::version, this::reload).forEach(buttons::add);
        }
        box.add(buttons);
        if (shown.mayRecommend() || shown.mayPlanActions()) {
            Paragraph below = new Paragraph((shown.mayRecommend() ? "Recommendations and the action plan are"
                    : "The action plan is") + " recorded in " + (shown.mayRecommend() ? "their sections" : "its section")
                    + " on this page.");
            below.addClassName("hint");
            box.add(below);
        }
        if (buttons.getComponentCount() == 0) {
            Paragraph nothing = new Paragraph(shown.canWork() ? "Nothing can be recorded while the case is \""
                    + a.getStatus().label().toLowerCase(Locale.UK) + "\"."
                    : "Panel members record the panel, recommendations, the action plan and second-stage decisions. "
                    + "There is none to record at this stage.");
            nothing.setId("no-actions");
            box.add(nothing);
        }
        return box;
    }

    private static Button button(String label, String id, Runnable open) {
        Button button = new Button(label, e -> open.run());
        button.setId(id);
        return button;
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static void primary(Button button, boolean primary) {
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private Component delayBanner(ReviewFile shown, ReviewDialogs dialogs) {
        Div banner = new Div();
        banner.setId("delay-banner");
        banner.addClassNames("banner", "banner--warning");
        LocalDate due = shown.outcomeDue();
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        boolean late = today.isAfter(due);
        Span title = new Span(late ? "The outcome letter is late" : "The outcome letter is due soon");
        title.addClassName("banner__title");
        String clock = CaseClock.of(CaseClock.OUTCOME, due, null, today, calendar).inWords();
        String what = shown.may(CaseAction.SEND_DELAY_NOTICE) ? "send a delay notice telling the applicant why, "
                + "and when it will come." : "the case officer should tell the applicant why, and when it will come.";
        banner.add(title, new Paragraph((late ? "It was due by " : "It is due by ") + Formats.date(due) + " ("
                + clock + "). " + (late ? "It has not been sent: " : "If it cannot be sent by then, ") + what));
        if (shown.may(CaseAction.SEND_DELAY_NOTICE)) {
            Button send = new Button("Send a delay notice", e -> dialogs.delayNotice(shown).open());
            send.setId("delay-banner-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            banner.add(send);
        }
        return banner;
    }

    // Main: the review, step by step ---------------------------------------------------------------------------

    private Component requests(ReviewFile shown, ReviewDialogs dialogs) {
        Div box = new Div();
        box.setId("requests");
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        if (shown.requests().isEmpty()) {
            box.add(new Paragraph("No agency has been asked yet." + (shown.may(CaseAction.REQUEST_INFORMATION)
                    ? " Ask each agency involved for its complete case details and the actions it took." : "")));
        }
        for (InformationRequest request : shown.requests()) {
            Div card = card("request-" + request.getId(), request.getAgencyName() + " (" + request.getAgency().label()
                    + ")", requestState(request, today));
            Facts facts = Facts.of(
                    "Asked", Formats.date(request.getRequestedOn()) + " by " + request.getRequestedBy()
                            + (request.getContactEmail() == null ? "" : ", to " + request.getContactEmail()),
                    "Due by", Formats.date(request.getDueOn()),
                    "What is asked", request.getRequestText(),
                    "Answer", request.isAnswered() ? request.getAnswerText() : "No answer yet");
            if (request.isAnswered()) {
                facts.add("Received", Formats.date(request.getAnsweredOn()) + " · "
                        + (request.getAnsweredVia() == InformationRequest.AnsweredVia.EMAIL
                        ? "by e-mail or letter, recorded by " : "in the back office by ") + request.getAnsweredBy());
            }
            card.add(facts);
            if (!request.isAnswered() && shown.mayRecordForAgencies()) {
                card.add(small(button("Record an answer received by e-mail", "record-answer-" + request.getId(),
                        () -> dialogs.recordAnswer(request).open())));
            }
            box.add(card);
        }
        return box;
    }

    private Span requestState(InformationRequest request, LocalDate today) {
        if (request.isAnswered()) {
            Span answered = new Span("Answered " + Formats.date(request.getAnsweredOn()));
            answered.addClassNames("tag", "tag--clock-met");
            return answered;
        }
        Span clock = Tags.clock(CaseClock.of("Answer", request.getDueOn(), null, today, calendar));
        if (request.isOverdue(today)) {
            clock.setText("No answer: " + clock.getText().replace("Overdue: ", "overdue by "));
        }
        return clock;
    }

    private Component panel(ReviewFile shown) {
        Div box = new Div();
        box.setId("panel");
        PanelMeeting panel = shown.panel();
        if (panel == null) {
            box.add(new Paragraph("The panel has not met yet."));
            if (!shown.agenciesOverdue().isEmpty()) {
                box.add(new Paragraph("No information by the due day from: " + String.join(", ",
                        shown.agenciesOverdue()) + ". The findings will record this."));
            }
            return box;
        }
        Div members = new Div();
        for (PanelSeat seat : panel.getMembers()) {
            members.add(new Div(seat.name() + ", " + seat.role() + ", " + seat.agency()));
        }
        Facts facts = Facts.of(
                "Met on", Formats.date(panel.getHeldOn()),
                "Independent chair", panel.getIndependentChair() == null ? "None" : panel.getIndependentChair(),
                "Peer review", panel.getPeerReviewBy() == null ? "None" : "By " + panel.getPeerReviewBy()
                        + (panel.getPeerReviewComments() == null ? "" : ": " + panel.getPeerReviewComments()),
                "Victim consulted on the plan", panel.isVictimConsulted() ? "Yes" : "No",
                "Victim invited", panel.isVictimInvited() ? "Yes" : "No",
                "No information from", panel.getAgenciesNotAnswering() == null ? "None: every agency answered"
                        : panel.getAgenciesNotAnswering(),
                "Findings", panel.getFindings(),
                "Recorded", Formats.dateTime(panel.getRecordedAt()) + " by " + panel.getRecordedBy());
        long agencies = ReviewService.agencyCount(panel.getMembers());
        facts.add("Members (" + panel.getMembers().size() + ", " + agencies + " agencies)", members);
        box.add(facts);
        return box;
    }

    private Component recommendations(ReviewFile shown, ReviewDialogs dialogs) {
        Div box = new Div();
        box.setId("recommendations");
        if (shown.recommendations().isEmpty()) {
            box.add(new Paragraph(shown.mayRecommend() ? "None yet. Each recommendation is addressed to one agency."
                    : shown.application().getStatus() == ApplicationStatus.REVIEW_ACTIVATED
                    ? "None yet: recommendations are added once the panel has met." : "None."));
        }
        for (Recommendation recommendation : shown.recommendations()) {
            Div card = card("recommendation-" + recommendation.getId(), "To " + recommendation.getAgencyName()
                    + " (" + recommendation.getAgency().label() + ")", recommendationState(recommendation));
            card.add(new Paragraph(recommendation.getRecommendationText()));
            Facts facts = new Facts();
            if (recommendation.getSecondStageId() != null) {
                facts.add("From", "The second-stage review");
            }
            facts.add("Issued", recommendation.isIssued() ? Formats.date(recommendation.getIssuedOn())
                    : "Not yet: it goes to the agency with the outcome");
            if (recommendation.getResponse() != null) {
                facts.add("Response", recommendation.getResponse().label() + ". " + recommendation.getResponseReasons());
                facts.add("Responded", Formats.date(recommendation.getRespondedOn()) + " by "
                        + recommendation.getRespondedBy());
            }
            card.add(facts);
            if (!recommendation.isIssued() && shown.mayRecommend()) {
                Button remove = new Button("Remove", e -> {
                    if (Feedback.attempt(() -> reviews.removeRecommendation(id,
                            version(), recommendation.getId()), this::reload).saved()) {
                        Feedback.saved("Recommendation removed");
                        reload();
                    }
                });
                remove.setId("remove-recommendation-" + recommendation.getId());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                card.add(remove);
            }
            if (recommendation.isIssued() && recommendation.getResponse() == null && shown.mayRecordForAgencies()) {
                card.add(small(button("Record a response received by e-mail",
                        "record-response-" + recommendation.getId(), () -> dialogs.response(recommendation).open())));
            }
            box.add(card);
        }
        if (shown.mayRecommend()) {
            Button add = new Button("Add a recommendation", e -> dialogs.recommendation(shown).open());
            add.setId("add-recommendation");
            box.add(add);
        }
        return box;
    }

    private static Span recommendationState(Recommendation recommendation) {
        Span tag = new Span();
        tag.addClassName("tag");
        if (!recommendation.isIssued()) {
            tag.setText("Not issued yet");
            tag.addClassName("tag--unchecked");
        } else if (recommendation.getResponse() == null) {
            tag.setText("No response yet");
            tag.addClassName("tag--pending");
        } else {
            tag.setText(recommendation.getResponse().label());
            tag.addClassName(recommendation.getResponse() == Recommendation.Response.WILL_ACT ? "tag--counts"
                    : "tag--not-counted");
        }
        return tag;
    }

    private Component actions(List<PlannedAction> planned, ReviewFile shown, ReviewDialogs dialogs) {
        Div box = new Div();
        box.setId("action-plan");
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        if (planned.isEmpty()) {
            box.add(new Paragraph(shown.mayPlanActions() ? "No actions yet. Each has an agency that owns it and a "
                    + "day it is due." : shown.application().getStatus() == ApplicationStatus.REVIEW_ACTIVATED
                    ? "None yet: the plan is made once the panel has met." : "No actions."));
        }
        for (PlannedAction action : planned) {
            boolean finished = action.getStatus() == PlannedAction.Status.COMPLETE
                    || action.getStatus() == PlannedAction.Status.NOT_DONE;
            Span state;
            if (finished) {
                state = new Span(action.getStatus().label() + (action.getCompletedOn() == null ? ""
                        : " " + Formats.date(action.getCompletedOn())));
                state.addClassNames("tag", action.getStatus() == PlannedAction.Status.COMPLETE ? "tag--counts"
                        : "tag--unchecked");
            } else {
                state = Tags.clock(CaseClock.of("Action", action.getDueOn(), null, today, calendar));
            }
            Div card = card("action-" + action.getId(), action.getDescription(), state);
            card.add(Facts.of(
                    "Owner", action.getOwnerAgency(),
                    "Due by", Formats.date(action.getDueOn()),
                    "Status", action.getStatus().label(),
                    "Notes", action.getNotes()));
            if (shown.mayPlanActions()) {
                Button update = small(button("Update", "update-action-" + action.getId(),
                        () -> dialogs.updateAction(action).open()));
                update.setAriaLabel("Update: " + action.getDescription());
                card.add(update);
            }
            box.add(card);
        }
        if (shown.mayPlanActions()) {
            Button add = new Button("Add an action", e -> dialogs.addAction().open());
            add.setId("add-action");
            box.add(add);
        }
        return box;
    }

    private Component outcome(ReviewFile shown) {
        Application a = shown.application();
        Div box = new Div();
        box.setId("outcome");
        if (a.getOutcomeSentOn() != null) {
            box.add(Facts.of(
                    "Sent", Formats.date(a.getOutcomeSentOn()) + (a.getOutcomeSentOn().isAfter(shown.outcomeDue())
                            ? " (late: due " + Formats.date(shown.outcomeDue()) + ")" : ""),
                    "Final review due", Formats.date(a.getFinalReviewDue())));
        } else {
            box.add(new Paragraph("Not sent yet. Due by " + Formats.date(shown.outcomeDue()) + "."
                    + (shown.panel() == null ? " Record the review panel first." : "")));
        }
        if (!shown.delayNotices().isEmpty()) {
            box.add(new H3("Delay notices"));
            Div notices = new Div();
            notices.setId("delay-notices");
            for (DelayNotice notice : shown.delayNotices()) {
                notices.add(new Paragraph("Sent " + Formats.date(notice.getSentOn()) + " by " + notice.getSentBy()
                        + ": outcome moved from " + Formats.date(notice.getPreviousDue()) + " to "
                        + Formats.date(notice.getNewDue()) + ". Reason: " + notice.getReason()));
            }
            box.add(notices);
        }
        return box;
    }

    private Component finalReviews(ReviewFile shown) {
        Div box = new Div();
        box.setId("final-reviews");
        if (shown.finalReviews().isEmpty()) {
            box.add(new Paragraph("Due by " + Formats.date(shown.application().getFinalReviewDue())
                    + ": check each action with its agency, tell the resident the result, and close the case or keep "
                    + "it open with further actions."));
        }
        for (FinalReview review : shown.finalReviews()) {
            box.add(Facts.of(
                    "Reviewed", Formats.date(review.getReviewedOn()) + " by " + review.getReviewedBy(),
                    "The resident was told", review.getResult(),
                    "Then", review.isClosed() ? "Case closed"
                            : "Kept open; next review " + Formats.date(review.getNextReviewDue())));
        }
        return box;
    }

    private Component secondStage(ReviewFile shown) {
        Div box = new Div();
        box.setId("second-stage");
        if (shown.secondStageReviews().isEmpty()) {
            box.add(new Paragraph("None asked for. The applicant can ask for one if they are unhappy with how the "
                    + "application was handled or with the outcome."));
        }
        for (SecondStageReview appeal : shown.secondStageReviews()) {
            Span state = new Span(appeal.isDecided() ? appeal.getDecision().label() : "Waiting for the panel");
            state.addClassNames("tag", appeal.isDecided() ? "tag--status" : "tag--pending");
            Div card = card("appeal-" + appeal.getId(), "About " + appeal.getAbout().label().toLowerCase(Locale.UK),
                    state);
            Facts facts = Facts.of(
                    "Asked for", Formats.date(appeal.getRequestedOn()) + " · " + (appeal.getRequestedVia()
                            == SecondStageReview.Via.PORTAL ? "online" : "recorded by " + appeal.getRecordedBy()),
                    "Case was", appeal.getAppealedFrom().label(),
                    "Reasons", appeal.getReasons());
            if (appeal.isDecided()) {
                facts.add("Panel", appeal.getPanel().stream().map(seat -> seat.name() + " (" + seat.role() + ", "
                        + seat.agency() + ")").collect(Collectors.joining("; ")));
                facts.add("Decided", Formats.date(appeal.getDecidedOn()) + " by " + appeal.getDecidedBy());
                facts.add("Panel's reasons", appeal.getDecisionReasons());
            }
            card.add(facts);
            box.add(card);
        }
        return box;
    }

    private static Div card(String id, String title, Component state) {
        Span heading = new Span(title);
        heading.addClassName("item__title");
        Div top = new Div(heading, state);
        top.addClassName("item__top");
        Div card = new Div(top);
        card.setId(id);
        card.addClassName("item");
        return card;
    }
}
