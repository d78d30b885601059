package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import org.casereview.application.ApplicationRepository;
import org.casereview.drafts.SavedDraftRepository;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.applyAsVictim;
import static org.casereview.portal.apply.WizardDriver.click;
import static org.casereview.portal.apply.WizardDriver.errorSummary;
import static org.casereview.portal.apply.WizardDriver.heading;
import static org.casereview.portal.apply.WizardDriver.pageText;
import static org.casereview.portal.apply.WizardDriver.type;

/** One internet connection sending too many applications or saves is told to wait, in plain words; nothing is lost. */
@TestPropertySource(properties = {"casereview.portal.rate-limit.submit=2/1h",
        "casereview.portal.rate-limit.save-draft=1/1h", "casereview.portal.rate-limit.look-up=2/1h"})
class RateLimitTest extends KaribuTest {

    @Autowired
    ApplicationRepository applications;
    @Autowired
    SavedDraftRepository drafts;

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    /** Another browser on the same connection: a new session, the same address. */
    void newSession() {
        tearDownVaadin();
        setUpVaadin();
        UI.getCurrent().navigate(ApplyView.class);
    }

    @Test
    void the_third_application_within_the_hour_is_not_sent_and_the_answers_stay() {
        for (int i = 0; i < 2; i++) {
            applyAsVictim("Sevenoaks", "Rita Limit", "rita" + i + "@example.org");
            click("submit");
            assertThat(heading()).isEqualTo("Application sent");
            newSession();
        }
        long stored = applications.count();

        applyAsVictim("Sevenoaks", "Rita Limit", "rita3@example.org");
        click("submit");

        assertThat(heading()).isEqualTo("Check your answers before sending your application");
        assertThat(errorSummary()).singleElement().asString().startsWith("There have been too many attempts to send "
                + "an application from your internet connection, so this one was not sent. Your answers are still "
                + "here. Please try again in ").contains("council's community safety team");
        assertThat(pageText()).contains("rita3@example.org");
        assertThat(applications.count()).isEqualTo(stored);
    }

    @Test
    void the_second_save_within_the_hour_is_refused_and_a_third_look_up_of_a_link_too() {
        WizardDriver.chooseCouncilArea("Sevenoaks");
        long saved = drafts.count();
        click("save-draft");
        type("draftEmail", "saver@example.org");
        click("save-draft-confirm");
        assertThat(heading()).isEqualTo("Your answers have been saved");

        newSession();
        WizardDriver.chooseCouncilArea("Sevenoaks");
        click("save-draft");
        type("draftEmail", "saver@example.org");
        click("save-draft-confirm");
        assertThat(errorSummary()).singleElement().asString()
                .startsWith("There have been too many saves from your internet connection");
        assertThat(drafts.count()).isEqualTo(saved + 1);

        for (int i = 0; i < 2; i++) {
            UI.getCurrent().navigate("apply/resume/" + "x".repeat(43));
            assertThat(heading()).isEqualTo("This link does not work");
        }
        UI.getCurrent().navigate("apply/resume/" + "x".repeat(43));
        assertThat(heading()).isEqualTo("Please wait before trying again");
    }
}
