package org.casereview.backoffice.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.casereview.applicantaccess.AccessCodes;
import org.casereview.application.Application;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.notifications.letters.AccessCodeLetters;

import java.io.ByteArrayInputStream;
import java.util.Objects;

/**
 * Gives the applicant an access code for the portal's "Check your case", for those who cannot get a security code by
 * e-mail (post and phone applicants, or no e-mail address). The code is shown here once, to read out or to print in a
 * letter made on the spot; only its hash is kept, and giving a new code makes the old one stop working. Created
 * through Vaadin's instantiator so the case page's constructor stays as it is.
 */
public class AccessCodeDialog extends Dialog {

    private final AccessCodes accessCodes;
    private final AccessCodeLetters letters;

    AccessCodeDialog(AccessCodes accessCodes, AccessCodeLetters letters) {
        this.accessCodes = accessCodes;
        this.letters = letters;
        setId("access-code-dialog");
        setHeaderTitle("Access code for the portal");
        setWidth("min(40em, 95vw)");
    }

    /** A dialog with its services, made by Vaadin's (Spring's) instantiator. */
    static AccessCodeDialog create() {
        return Instantiator.get(UI.getCurrent()).createComponent(AccessCodeDialog.class);
    }

    /** Opens the dialog for this case: what a code is for, and the button that gives one. */
    public void open(Application application) {
        long id = Objects.requireNonNull(application.getId());
        removeAll();
        getFooter().removeAll();
        add(new Paragraph("Applicants who applied by post or phone, or gave no e-mail address, cannot get a security "
                        + "code by e-mail. With an access code and their reference they can check their case on the "
                        + "portal's \"Check your case\" page."),
                new Paragraph("You will see the code only once: we keep only a scrambled copy. Read it out to the "
                        + "applicant, or print the letter and post it."));
        if (accessCodes.hasCode(id)) {
            Paragraph replaces = new Paragraph("This case already has an access code. A new one replaces it: the "
                    + "old one will stop working.");
            replaces.setId("access-code-replaces");
            add(replaces);
        }
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("dialog-cancel");
        Button give = new Button("Give a new access code", e -> give(application));
        give.setId("give-access-code");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, give);
        open();
    }

    private void give(Application application) {
        AccessCodes.IssuedAccessCode[] issued = new AccessCodes.IssuedAccessCode[1];
        if (!Feedback.attempt(() -> issued[0] = accessCodes.issue(application.getId()), this::close).saved()) {
            return;
        }
        String code = issued[0].code();
        removeAll();
        getFooter().removeAll();
        Span shown = new Span(code);
        shown.setId("access-code");
        // Large and spaced, to read out over the phone without mistakes.
        shown.getStyle().set("font-size", "1.75rem").set("font-weight", "bold").set("letter-spacing", "0.15em")
                .set("font-family", "monospace");
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = letters.pdf(issued[0].applicationId(), code);
            return new DownloadResponse(new ByteArrayInputStream(pdf), issued[0].reference() + "-access-code.pdf",
                    "application/pdf", pdf.length);
        }), "Print the letter with the code (PDF)");
        letter.setId("access-code-letter");
        letter.getElement().setAttribute("download", true);
        add(new Paragraph("The access code for " + issued[0].reference() + " is:"), new Div(shown),
                new Paragraph("The applicant enters it with their reference at /check/access-code on the portal. "
                        + "Capital letters, spaces and dashes do not matter."), letter,
                new Paragraph("Once you close this window the code cannot be shown again."));
        Button done = new Button("Close", e -> close());
        done.setId("dialog-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        Feedback.saved("Access code given: it is in the case history");
    }
}
