package org.casereview.portal.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.applicantaccess.AccessSettings;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.application.ValidationProblem;
import org.casereview.partnership.PartnershipService;

import java.util.ArrayList;
import java.util.List;

/** For applicants without e-mail: the reference and the access code the unit gave them by letter or phone. */
@Route("check/access-code")
@AnonymousAllowed
public class AccessCodeView extends StatusPage implements BeforeEnterObserver {

    private final ApplicantAccess access;
    private final AccessSettings settings;
    private final PartnershipService partnerships;

    AccessCodeView(ApplicantAccess access, AccessSettings settings, PartnershipService partnerships) {
        this.access = access;
        this.settings = settings;
        this.partnerships = partnerships;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        startPage(t("check.access.heading"), null, CheckStartView.class);
        TextField reference = referenceField();
        TextField code = field("accessCode", new TextField(t("check.access.label")));
        code.setHelperText(t("check.access.hint"));
        code.setMaxLength(40);
        code.addClassName("width-20");
        code.setAutocomplete(Autocomplete.OFF);
        content.add(p("check.access.intro"), reference, code,
                actions(primary("open-case", "action.continue", () -> open(reference, code))),
                p("check.access.none"),
                UnitContacts.of(partnerships.councilAreas(), (key, args) -> t(key, args)));
    }

    private void open(TextField reference, TextField code) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (reference.getValue().isBlank()) {
            problems.add(new ValidationProblem("reference", t("check.reference.required")));
        }
        if (code.getValue().isBlank()) {
            problems.add(new ValidationProblem("accessCode", t("check.access.required")));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        ApplicantAccess.AccessCodeEntry entry = access.openWithAccessCode(reference.getValue(), code.getValue(),
                ApplicantSession.clientAddress());
        switch (entry.outcome()) {
            case OPENED -> {
                ApplicantSession.open(java.util.Objects.requireNonNull(entry.pass()));
                UI.getCurrent().navigate(CaseStatusView.class);
            }
            case WRONG -> {
                showProblem("accessCode", t("check.access.wrong"));
                reference.setInvalid(true);
            }
            case LIMITED -> showProblem("page-heading", t("check.access.limited",
                    settings.limitWindow().toMinutes()));
        }
    }
}
