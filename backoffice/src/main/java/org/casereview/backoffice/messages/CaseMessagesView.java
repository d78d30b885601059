package org.casereview.backoffice.messages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.Facts;
import org.casereview.backoffice.ui.Formats;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.notifications.MessagePreviews;
import org.casereview.notifications.MessagePreviews.Preview;
import org.casereview.notifications.outbox.CaseMessages.MessageSummary;
import org.casereview.notifications.outbox.OutboxMessage;

import java.util.List;

/**
 * A case's messages: each one that applies to the case previewed as it would be written now (the e-mail, its plain
 * text and the printed letter), so staff can read it before it goes; and every message the case has had, when, to
 * whom, by which channel and what became of it, each opening the copy that was stored.
 */
@Route("cases/:id/messages")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER})
public class CaseMessagesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Preview> choice = new Select<>();
    final Div preview = new Div();
    final Grid<MessageSummary> history = new Grid<>();
    private final MessagePreviews previews;
    private long id;
    private String title = "Messages – Case Review";

    private final CaseAccessLog accessLog;

    CaseMessagesView(MessagePreviews previews, CaseAccessLog accessLog) {
        this.previews = previews;
        this.accessLog = accessLog;
        addClassNames("view", "case-messages-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            show(previews.reference(id), previews.forCase(id), previews.history(id));
        } catch (CaseNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        }
        accessLog.opened(id, CaseScreen.MESSAGES);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(String reference, List<Preview> applying, List<MessageSummary> sent) {
        removeAll();
        title = "Messages for " + reference + " – Case Review";
        // A plain link: the case page's class is not known here, so the two packages do not depend on each other.
        Anchor back = new Anchor("cases/" + id, "← Back to the case");
        back.addClassName("back-link");
        back.setId("back-to-case");
        H1 heading = new H1("Messages for " + reference);
        heading.setId("messages-reference");
        add(back, heading);

        choice.setId("message-choice");
        choice.setLabel("Message");
        choice.setItems(applying);
        choice.setItemLabelGenerator(p -> p.title() + " (" + p.when() + ")");
        choice.setWidth("min(100%, 40em)");
        choice.addValueChangeListener(e -> showPreview(e.getValue()));
        preview.setId("message-preview");
        preview.addClassName("message-preview");
        Paragraph intro = new Paragraph("Each message that applies to this case, written from what the case holds "
                + "today: read it before it goes. The copies below are what was actually sent.");
        intro.addClassName("intro");
        add(section("Preview a message", intro, choice, preview));
        applying.stream().filter(p -> p.key().equals("outcome")).findFirst()
                .or(() -> applying.stream().reduce((first, second) -> second))
                .ifPresent(choice::setValue);

        history.setId("message-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader("Written").setWidth("10rem")
                .setFlexGrow(0);
        history.addColumn(m -> m.recipient().lines().findFirst().orElse("")).setHeader("To").setFlexGrow(2)
                .setKey("to");
        history.addColumn(m -> m.channel() == OutboxMessage.Channel.EMAIL ? "E-mail" : "Letter").setHeader("By")
                .setWidth("5rem").setFlexGrow(0).setKey("channel");
        history.addColumn(MessageSummary::subject).setHeader("Subject").setFlexGrow(3);
        history.addColumn(CaseMessagesView::outcome).setHeader("Delivered?").setFlexGrow(2).setKey("outcome");
        history.addComponentColumn(this::openButton).setHeader("").setWidth("6rem").setFlexGrow(0).setKey("open");
        // A case has a few dozen messages at most.
        history.setItems(sent.reversed());
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No messages yet.");
        add(section("Messages sent (" + sent.size() + ")", history));
    }

    /** What became of a message, in words: the colour of nothing carries it. */
    static String outcome(MessageSummary message) {
        return switch (message.status()) {
            case PENDING -> message.attempts() == 0 ? "Not yet: waiting to be sent"
                    : "Not yet: " + message.attempts() + (message.attempts() == 1 ? " attempt" : " attempts")
                    + " failed, trying again";
            case SENT -> "Delivered to the mail server " + Formats.dateTime(message.deliveredAt());
            case FAILED -> "Failed after " + message.attempts() + " attempts: contact them another way";
            case AWAITING_PRINT -> "Not yet: waiting in the print queue";
            case POSTED -> "Posted " + Formats.dateTime(message.deliveredAt());
            case CANCELLED -> "Not sent: the case was anonymised";
        };
    }

    private void showPreview(Preview chosen) {
        preview.removeAll();
        if (chosen == null) {
            return;
        }
        Facts facts = Facts.of(
                "To", chosen.to(),
                "By", chosen.channel() == null ? "Not sent"
                        : chosen.channel() == OutboxMessage.Channel.EMAIL ? "E-mail" : "Letter (print queue)",
                "When", chosen.when(),
                "Subject", chosen.subject());
        facts.setId("preview-facts");
        preview.add(new MessageDisplay(facts, chosen.html(), chosen.text(), "letter-" + chosen.key(),
                chosen.hasLetter() ? () -> previews.letter(id, chosen.key()) : null, previews::pages));
    }

    private Button openButton(MessageSummary message) {
        Button open = new Button("Open", e -> openSent(message));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.getElement().setAttribute("aria-label", "Open the copy sent: " + message.subject());
        return open;
    }

    private void openSent(MessageSummary summary) {
        MessagePreviews.SentMessage message = previews.sent(id, summary.id());
        Facts facts = Facts.of(
                "To", message.recipient(),
                "By", message.channel() == OutboxMessage.Channel.EMAIL ? "E-mail" : "Letter",
                "Written", Formats.dateTime(summary.createdAt()),
                "Delivered?", outcome(summary),
                "Last error", summary.lastError());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(message.subject());
        dialog.setId("sent-message");
        dialog.setWidth("min(95vw, 60em)");
        dialog.add(new MessageDisplay(facts, message.html(), message.text(), "letter-" + message.id(),
                message.channel() == OutboxMessage.Channel.LETTER ? () -> previews.sentLetter(id, message.id())
                        : null, previews::pages));
        Button close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Section section(String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("case-section");
        return section;
    }
}
