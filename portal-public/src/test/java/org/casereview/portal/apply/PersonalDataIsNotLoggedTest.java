package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.notifications.outbox.OutboxSender;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.addIncident;
import static org.casereview.portal.apply.WizardDriver.agreeAndDeclare;
import static org.casereview.portal.apply.WizardDriver.answerImpact;
import static org.casereview.portal.apply.WizardDriver.answerTheProblem;
import static org.casereview.portal.apply.WizardDriver.chooseCouncilArea;
import static org.casereview.portal.apply.WizardDriver.clickContinue;
import static org.casereview.portal.apply.WizardDriver.choose;
import static org.casereview.portal.apply.WizardDriver.giveDetails;
import static org.casereview.portal.apply.WizardDriver.heading;
import static org.casereview.portal.apply.WizardDriver.whoIsApplying;

/** Logs are read by people who must not see victims' details: a whole application leaves no personal data there. */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataIsNotLoggedTest extends KaribuTest {

    @Autowired
    OutboxSender sender;

    @Test
    void applying_and_sending_the_acknowledgement_logs_nothing_personal(CapturedOutput output) {
        LocalDate today = LocalDate.now(org.casereview.DomainConfiguration.UK);
        UI.getCurrent().navigate(ApplyView.class);
        chooseCouncilArea("Sevenoaks");
        whoIsApplying(org.casereview.application.ApplicantType.VICTIM);
        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "07700 900461");
        _setValue(_get(TextField.class, spec -> spec.withId("postcode")), "TN13 9ZZ");
        giveDetails("Quinn Privatesurname", "quinn.private@example.org");
        addIncident(today.minusDays(6), today.minusDays(5), Agency.POLICE, "Neighbour Zebediah shouted threats");
        clickContinue();
        answerTheProblem();
        answerImpact();
        choose("voicemailSafe", org.casereview.application.Answer.NO);
        clickContinue();
        agreeAndDeclare();
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(heading()).isEqualTo("Application sent");

        sender.deliverDue(); // no mail server listens in this test: the failure is logged too

        assertThat(output.getAll()).doesNotContain("Privatesurname", "quinn.private", "07700 900461", "900461",
                "TN13 9ZZ", "Zebediah");
    }
}
