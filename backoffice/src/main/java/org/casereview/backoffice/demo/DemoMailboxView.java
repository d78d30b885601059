package org.casereview.backoffice.demo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.casereview.notifications.demo.DemoMailServer;
import org.springframework.beans.factory.ObjectProvider;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** In the demo mode only: every e-mail the system sent, as the demo's mail catcher received it. */
@Route("demo/mail")
@PageTitle("Demo mailbox – Case Review")
@PermitAll
public class DemoMailboxView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final ObjectProvider<DemoMailServer> mailServer;
    private final Div messages = new Div();

    DemoMailboxView(ObjectProvider<DemoMailServer> mailServer) {
        this.mailServer = mailServer;
        addClassName("view");
        messages.setId("messages");
        add(new H1("Demo mailbox"),
                new Paragraph("In the demo mode no e-mail leaves this computer: the system's SMTP server is a mail "
                        + "catcher, and this page shows what it caught."),
                refreshButton(), messages);
    }

    private Button refreshButton() {
        Button refresh = new Button("Refresh", e -> refresh());
        refresh.getStyle().set("align-self", "flex-start");
        return refresh;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (mailServer.getIfAvailable() == null) {
            throw new NotFoundException();
        }
        refresh();
    }

    private void refresh() {
        messages.removeAll();
        var caught = mailServer.getObject().messages();
        if (caught.isEmpty()) {
            messages.add(new Paragraph("No messages yet."));
        }
        for (DemoMailServer.CaughtMail mail : caught) {
            Details details = new Details(TIME.format(mail.receivedAt()) + " · to " + mail.to() + " · " + mail.subject(),
                    new Pre(mail.text()));
            details.addClassName("caught-mail");
            messages.add(details);
        }
    }
}
