package org.casereview.portal.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.applicantaccess.AccessSettings;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.application.ValidationProblem;
import org.casereview.partnership.PartnershipService;

import java.util.ArrayList;
import java.util.List;

/**
 * "Check your case": the reference and the e-mail address or phone number given on the application. The answer is
 * the same whatever was typed (the next page says "if the details match, we have sent a code"); only too many
 * requests are told apart, and those are counted whether or not the reference exists.
 */
@Route("check")
@AnonymousAllowed
public class CheckStartView extends StatusPage implements BeforeEnterObserver {

    static final int CONTACT_MAX = 254;

    private final ApplicantAccess access;
    private final AccessSettings settings;
    private final PartnershipService partnerships;

    CheckStartView(ApplicantAccess access, AccessSettings settings, PartnershipService partnerships) {
        this.access = access;
        this.settings = settings;
        this.partnerships = partnerships;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        startPage(t("check.start.heading"), null, null);
        String notice = ApplicantSession.takeNotice();
        if (notice != null) {
            content.add(notice(t(notice, settings.idleTimeout().toMinutes())));
        }
        TextField reference = referenceField();
        TextField contact = field("contact", new TextField(t("check.contact.label")));
        contact.setHelperText(t("check.contact.hint"));
        contact.setMaxLength(CONTACT_MAX + 20);
        contact.setAutocomplete(Autocomplete.EMAIL);
        RouterLink accessCode = new RouterLink(t("check.start.access-code-link"), AccessCodeView.class);
        accessCode.setId("use-access-code");
        content.add(p("check.start.intro"), p("check.start.code", settings.codeLifetime().toMinutes()),
                reference, contact,
                actions(primary("send-code", "check.start.send", () -> send(reference, contact))),
                p("check.start.no-email"), accessCode,
                UnitContacts.of(partnerships.councilAreas(), (key, args) -> t(key, args)));
    }

    private void send(TextField reference, TextField contact) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (reference.getValue().isBlank()) {
            problems.add(new ValidationProblem("reference", t("check.reference.required")));
        } else if (reference.getValue().strip().length() > REFERENCE_MAX) {
            problems.add(new ValidationProblem("reference", t("check.reference.tooLong", REFERENCE_MAX)));
        }
        if (contact.getValue().isBlank()) {
            problems.add(new ValidationProblem("contact", t("check.contact.required")));
        } else if (contact.getValue().strip().length() > CONTACT_MAX) {
            problems.add(new ValidationProblem("contact", t("check.contact.tooLong", CONTACT_MAX)));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        ApplicantAccess.CodeRequest request = access.requestSecurityCode(reference.getValue(), contact.getValue(),
                ApplicantSession.clientAddress());
        if (request.limited() || request.challenge() == null) {
            showProblem("page-heading", t("check.limited", settings.limitWindow().toMinutes()));
            return;
        }
        ApplicantSession.awaitCode(request.challenge());
        UI.getCurrent().navigate(EnterCodeView.class);
    }
}
