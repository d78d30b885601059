package org.casereview.backoffice.messages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.backoffice.security.Roles;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.CaseMessages.MessageSummary;
import org.casereview.staff.MyAccount;
import org.springframework.data.domain.PageRequest;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Letters wait here until someone prints and posts them; e-mails that kept failing wait here until someone reaches
 * the applicant another way. Both lists page from the database.
 */
@Route("messages/print-queue")
@PageTitle("Print queue – Case Review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER})
public class PrintQueueView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    final Grid<MessageSummary> letters = new Grid<>();
    final Grid<MessageSummary> failed = new Grid<>();
    private final CaseMessages messages;

    PrintQueueView(CaseMessages messages, MyAccount myAccount) {
        this.messages = messages;
        // Staff of one partnership see only its letters; county-wide staff see all.
        Long scope = myAccount.me().partnershipId();
        addClassName("view");

        letters.setId("letters");
        letters.addColumn(m -> WHEN.format(m.createdAt())).setHeader("Written").setAutoWidth(true);
        letters.addColumn(m -> m.recipient().lines().findFirst().orElse("")).setHeader("To").setAutoWidth(true);
        letters.addColumn(MessageSummary::subject).setHeader("Letter").setFlexGrow(1);
        letters.addComponentColumn(this::download).setHeader("PDF").setAutoWidth(true);
        letters.addComponentColumn(this::markPostedButton).setHeader("").setKey("posted").setAutoWidth(true);
        letters.setItems(query -> messages.printQueue(scope, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) messages.printQueue(scope, PageRequest.of(0, 1)).getTotalElements());
        letters.setAllRowsVisible(true);
        letters.setEmptyStateText("No letters are waiting to be printed.");

        failed.setId("failed");
        failed.addColumn(m -> WHEN.format(m.createdAt())).setHeader("Written").setAutoWidth(true);
        failed.addColumn(MessageSummary::recipient).setHeader("To").setAutoWidth(true);
        failed.addColumn(MessageSummary::subject).setHeader("E-mail").setFlexGrow(1);
        failed.addColumn(MessageSummary::attempts).setHeader("Attempts").setAutoWidth(true);
        failed.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last error").setFlexGrow(1);
        failed.setItems(query -> messages.failed(scope, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) messages.failed(scope, PageRequest.of(0, 1)).getTotalElements());
        failed.setAllRowsVisible(true);
        failed.setEmptyStateText("No e-mails have failed.");

        add(new H1("Print queue"),
                new Paragraph("Letters for applicants who asked for post or gave no e-mail address. Print each one, "
                        + "post it, then mark it as posted: the case records the date."),
                letters,
                new H2("E-mails that could not be delivered"),
                new Paragraph("The system tried each of these ten times over several hours. Contact the applicant "
                        + "or the agency another way and note it on the case."),
                failed);
    }

    private Anchor download(MessageSummary message) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = messages.letterPdf(message.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "letter-" + message.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), "Download");
        link.getElement().setAttribute("aria-label", "Download the letter: " + message.subject());
        return link;
    }

    private Button markPostedButton(MessageSummary message) {
        Button posted = new Button("Mark as posted", e -> {
            messages.markPosted(message.id());
            letters.getDataProvider().refreshAll();
            Notification.show("Marked as posted");
        });
        posted.addThemeVariants(ButtonVariant.LUMO_SMALL);
        posted.getElement().setAttribute("aria-label", "Mark as posted: " + message.subject());
        return posted;
    }
}
