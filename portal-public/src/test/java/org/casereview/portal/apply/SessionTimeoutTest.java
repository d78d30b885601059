package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.casereview.application.ApplicantType;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/**
 * WCAG 2.2.1: a warning before the session ends, with one click to carry on. The browser's timer calls the server
 * (warn, then end); here the test calls the same methods.
 */
class SessionTimeoutTest extends KaribuTest {

    ApplyView view;

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
        view = _get(ApplyView.class);
        chooseCouncilArea("Sevenoaks");
        whoIsApplying(ApplicantType.VICTIM);
        type("name", "Tim Timeout");
    }

    @Test
    void the_warning_says_how_long_is_left_and_carrying_on_keeps_everything() {
        view.timeoutWarning().warn();

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("session-timeout-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Do you need more time?");
        assertThat(dialog.getElement().getTextRecursively()).contains("in 5 minutes");
        _click(_get(Button.class, spec -> spec.withId("stay-signed-in")));

        assertThat(view.timeoutWarning().isWarningOpen()).isFalse();
        assertThat(heading()).isEqualTo("Your details");
        clickContinue();
        assertThat(errorSummary()).doesNotContain("Enter your full name");
    }

    @Test
    void the_warning_offers_to_save_what_was_typed_on_the_page() {
        view.timeoutWarning().warn();

        _click(_get(Button.class, spec -> spec.withId("timeout-save")));

        assertThat(heading()).isEqualTo("Save your answers and come back later");
        assertThat(view.draft().applicant.name).isEqualTo("Tim Timeout");
    }

    @Test
    void when_the_time_is_up_the_unsaved_answers_are_deleted_and_the_resident_is_told() {
        view.timeoutWarning().warn();

        view.timeoutWarning().end();

        assertThat(heading()).isEqualTo("We deleted your answers");
        assertThat(view.draft().applicant.name).isEmpty();
        assertThat(view.draft().partnershipCode).isNull();
        click("start-again");
        assertThat(heading()).isEqualTo("Which council area do you live in?");
    }
}
