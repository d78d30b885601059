package org.casereview.backoffice.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A case officer gives a phone applicant an access code for the portal; it is shown once and it works. */
class AccessCodeDialogTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    ApplicantAccess access;
    @Autowired
    CaseHistory history;

    @Test
    void an_officer_gives_an_access_code_that_opens_the_case_on_the_portal() {
        Application application = applications.apply("tonbridge-malling", Channel.PHONE, "Pat Phone", null, 4);
        signIn("officer", Roles.CASE_OFFICER);
        CaseViewTest.open(application);

        _click(_get(Button.class, spec -> spec.withId("portal-access-code")));
        assertThat(_get(AccessCodeDialog.class).isOpened()).isTrue();
        _assertNone(Span.class, spec -> spec.withId("access-code"));
        _click(_get(Button.class, spec -> spec.withId("give-access-code")));

        String code = _get(Span.class, spec -> spec.withId("access-code")).getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(_get(Anchor.class, spec -> spec.withId("access-code-letter")).getHref()).isNotBlank();
        assertThat(access.openWithAccessCode(application.getReference(), code, "back-office-test").outcome())
                .isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.OPENED);
        assertThat(history.of(application.getId())).extracting(CaseEvent::getDescription)
                .contains("Access code given for the portal").noneMatch(text -> text.contains(code));

        _click(_get(Button.class, spec -> spec.withId("dialog-close")));
        _click(_get(Button.class, spec -> spec.withId("portal-access-code")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("access-code-replaces"))
                .getText()).contains("A new one replaces it");
    }
}
