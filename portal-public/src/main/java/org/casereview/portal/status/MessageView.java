package org.casereview.portal.status;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.casereview.applicantaccess.AccessEndedException;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantCase;
import org.casereview.applicantaccess.ApplicantCases;
import org.casereview.notifications.outbox.ApplicantMessages;
import org.casereview.notifications.outbox.OutboxMessage;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One letter or e-mail the applicant was sent, to read again as text (the message's plain-text version, shown as
 * text, so nothing in it runs) or to download as the PDF a letter is printed from. A message that is not one of this
 * case's messages to its applicant is "not found", whatever its id.
 */
@Route("check/case/message/:id")
@AnonymousAllowed
public class MessageView extends CasePage {

    private final ApplicantMessages messages;

    MessageView(ApplicantAccess access, ApplicantCases cases, ApplicantMessages messages) {
        super(access, cases);
        this.messages = messages;
    }

    @Override
    void enter(BeforeEnterEvent event, ApplicantCase seen) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ApplicantMessages.MessageText message = messages.read(pass, id).orElseThrow(NotFoundException::new);
        ApplicantMessages.SentMessage sent = message.message();
        startPage(sent.subject(), t("status.caption", seen.reference()), CaseStatusView.class);
        LocalDate written = LocalDate.ofInstant(sent.writtenAt(), ZoneId.of("Europe/London"));
        content.add(p(sent.channel() == OutboxMessage.Channel.LETTER ? "status.messages.letter"
                : "status.messages.email", date(written)));
        String fileName = seen.reference() + "-" + id + ".pdf";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
            try {
                // Asked again at the time of the download: the session may have ended since the page was drawn.
                return messages.pdf(pass, id).map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf),
                        fileName, "application/pdf", pdf.length)).orElseGet(() -> DownloadResponse.error(404));
            } catch (AccessEndedException e) {
                return DownloadResponse.error(403);
            }
        }), t("status.message.download"));
        download.setId("download-pdf");
        download.getElement().setAttribute("download", true);
        Div text = new Div();
        text.setId("message-text");
        text.addClassName("message-text");
        // The plain-text version, set as text: whatever the message holds is shown, never run.
        text.add(new Paragraph(message.text()));
        content.add(actions(download), text);
    }
}
