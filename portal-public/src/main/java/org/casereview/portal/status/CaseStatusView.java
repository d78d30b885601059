package org.casereview.portal.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.applicantaccess.AccessSettings;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantCase;
import org.casereview.applicantaccess.ApplicantCases;
import org.casereview.applicantaccess.Milestone;
import org.casereview.applicantaccess.NextStep;
import org.casereview.application.ApplicationStatus;
import org.casereview.notifications.outbox.ApplicantMessages;
import org.casereview.notifications.outbox.OutboxMessage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The applicant's case: where it stands, what happens next and by when (and whom to contact if that day has passed),
 * what they can do, what has happened, and the letters and e-mails they were sent.
 */
@Route("check/case")
@AnonymousAllowed
public class CaseStatusView extends CasePage {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ApplicantMessages messages;
    private final AccessSettings settings;

    CaseStatusView(ApplicantAccess access, ApplicantCases cases, ApplicantMessages messages,
                   AccessSettings settings) {
        super(access, cases);
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    void enter(BeforeEnterEvent event, ApplicantCase seen) {
        startPage(t("status.heading"), t("status.caption", seen.reference()), null);
        Button signOut = new Button(t("status.sign-out"), e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        signOut.addClassName("link-button");
        Div top = new Div(signOut);
        top.addClassName("status-top");
        content.addComponentAtIndex(0, top);
        content.add(status(seen.status()));
        String notice = ApplicantSession.takeNotice();
        if (notice != null) {
            content.add(notice(t(notice)));
        }
        content.add(section("status.next.heading", "next-step", nextStep(seen)));
        content.add(section("status.actions.heading", "actions", actions(seen)));
        content.add(section("status.timeline.heading", "timeline", timeline(seen)));
        content.add(section("status.messages.heading", "messages", messages()));
        content.add(section("status.contact.heading", "unit", unit(seen.unit())));
        content.add(p("status.session", settings.idleTimeout().toMinutes()));
    }

    private Span status(ApplicationStatus status) {
        Span tag = new Span(t("status.status", t("enum.ApplicationStatus." + status.name())));
        tag.setId("case-status");
        tag.addClassName("tag");
        return tag;
    }

    private Div section(String headingKey, String id, Component... parts) {
        Div section = new Div(new H2(t(headingKey)));
        section.setId(id);
        section.addClassName("status-section");
        section.add(parts);
        return section;
    }

    // What happens next ---------------------------------------------------------------------------------------------

    private Component nextStep(ApplicantCase seen) {
        NextStep next = seen.nextStep();
        Div box = new Div();
        box.setId("next-step-text");
        String key = "status.next." + next.step().name() + (next.due() == null ? ".undated" : "");
        if (next.step() == NextStep.Step.NONE) {
            key = "status.next.NONE." + seen.status().name();
        }
        box.add(new Paragraph(t(key, date(next.due()))));
        if (next.overdue()) {
            Div warning = new Div(new Span(t("status.next.overdue", date(next.due()))),
                    new Paragraph(t("status.next.overdue.contact", seen.unit().name(), seen.unit().phone(),
                            seen.unit().email())));
            warning.setId("overdue");
            warning.addClassName("warning-text");
            box.add(warning);
        }
        if (seen.waitingSecondStage() != null) {
            Milestone.SecondStageRequested asked = seen.waitingSecondStage();
            Paragraph waiting = new Paragraph(t("status.second-stage.waiting", date(asked.on()),
                    t("status.about." + asked.about().name())));
            waiting.setId("second-stage-waiting");
            box.add(waiting);
        }
        return box;
    }

    // What you can do -------------------------------------------------------------------------------------------------

    private Component actions(ApplicantCase seen) {
        UnorderedList list = new UnorderedList();
        list.addClassName("action-list");
        if (seen.secondStageAllowed()) {
            list.add(new ListItem(link("ask-second-stage", "status.actions.second-stage", SecondStageView.class),
                    hint("status.actions.second-stage.hint")));
        }
        if (seen.contactChangeAllowed()) {
            list.add(new ListItem(link("change-contact", "status.actions.contact", ContactDetailsView.class)));
        }
        if (seen.withdrawAllowed()) {
            list.add(new ListItem(link("withdraw", "status.actions.withdraw", WithdrawView.class)));
        }
        if (list.getChildren().findAny().isEmpty()) {
            return p("status.actions.none");
        }
        return list;
    }

    private RouterLink link(String id, String key, Class<? extends Component> to) {
        RouterLink link = new RouterLink(t(key), to);
        link.setId(id);
        return link;
    }

    private Paragraph hint(String key) {
        Paragraph hint = p(key);
        hint.addClassName("hint");
        return hint;
    }

    // What has happened ---------------------------------------------------------------------------------------------

    private Component timeline(ApplicantCase seen) {
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        for (Milestone step : seen.timeline()) {
            Span when = new Span(date(step.on()));
            when.addClassName("timeline__date");
            ListItem item = new ListItem(when);
            item.addClassName("timeline__item");
            describe(step, item);
            list.add(item);
        }
        return list;
    }

    private void describe(Milestone step, ListItem item) {
        switch (step) {
            case Milestone.Received received -> item.add(line("status.timeline.received."
                    + received.channel().name()));
            case Milestone.Acknowledged ignored -> item.add(line("status.timeline.acknowledged"));
            case Milestone.ThresholdDecided decided -> {
                item.add(line("status.timeline.decided." + decided.outcome().name()));
                told(item, "status.timeline.told", decided.whatYouWereTold());
            }
            case Milestone.ReviewActivated ignored -> item.add(line("status.timeline.review-activated"));
            case Milestone.PanelMet ignored -> item.add(line("status.timeline.panel"));
            case Milestone.DelayNotified delay -> {
                item.add(line("status.timeline.delay", date(delay.newDue())));
                told(item, "status.timeline.delay.reason", delay.reason());
            }
            case Milestone.OutcomeSent ignored -> item.add(line("status.timeline.outcome"));
            case Milestone.FinalReviewed review -> {
                item.add(review.nextReviewDue() == null ? line("status.timeline.final-review.closed")
                        : line("status.timeline.final-review.open", date(review.nextReviewDue())));
                told(item, "status.timeline.told", review.result());
            }
            case Milestone.SecondStageRequested asked -> {
                item.add(line(asked.online() ? "status.timeline.second-stage.asked"
                        : "status.timeline.second-stage.asked.staff", t("status.about." + asked.about().name())));
                told(item, "status.timeline.second-stage.reasons", asked.reasons());
            }
            case Milestone.SecondStageDecided decided -> {
                item.add(line("status.timeline.second-stage.decided." + decided.decision().name()));
                told(item, "status.timeline.second-stage.panel-reasons", decided.reasons());
            }
            case Milestone.Withdrawn ignored -> item.add(line("status.timeline.withdrawn"));
            case Milestone.Closed ignored -> item.add(line("status.timeline.closed"));
            case Milestone.Reopened ignored -> item.add(line("status.timeline.reopened"));
        }
    }

    private Paragraph line(String key, Object... args) {
        Paragraph line = p(key, args);
        line.addClassName("timeline__text");
        return line;
    }

    /** Words someone wrote (the unit's letter, the applicant's reasons), shown as text in their own paragraphs. */
    private void told(ListItem item, String introKey, String text) {
        if (text.isBlank()) {
            return;
        }
        Div quote = new Div(new Paragraph(t(introKey)));
        quote.addClassName("inset-text");
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            Paragraph words = new Paragraph(paragraph.strip());
            words.addClassName("preserve-lines");
            quote.add(words);
        }
        item.add(quote);
    }

    // The letters and e-mails ---------------------------------------------------------------------------------------

    private Component messages() {
        List<ApplicantMessages.SentMessage> sent = messages.of(pass);
        if (sent.isEmpty()) {
            return p("status.messages.none");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("message-list");
        for (ApplicantMessages.SentMessage message : sent) {
            RouterLink read = new RouterLink(message.subject(), MessageView.class,
                    new RouteParameters(new RouteParam("id", message.id())));
            read.setId("message-" + message.id());
            LocalDate written = LocalDate.ofInstant(message.writtenAt(), UK);
            Span about = new Span(t(message.channel() == OutboxMessage.Channel.LETTER
                    ? "status.messages.letter" : "status.messages.email", date(written)));
            about.addClassName("hint");
            list.add(new ListItem(read, about));
        }
        return list;
    }

    private Component unit(ApplicantCase.Unit unit) {
        Div box = new Div(new Paragraph(t("status.contact.intro", unit.name())),
                new Paragraph(t("check.unit.phone", unit.phone())),
                new Paragraph(t("check.unit.email", unit.email())),
                new Paragraph(t("status.contact.address", unit.address())));
        box.setId("unit-contact");
        return box;
    }

    private void signOut() {
        access.signOut(pass);
        ApplicantSession.close();
        ApplicantSession.notice("check.signed-out");
        UI.getCurrent().navigate(CheckStartView.class);
    }
}
