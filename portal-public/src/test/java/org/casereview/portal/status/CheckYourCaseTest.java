package org.casereview.portal.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.casereview.applicantaccess.AccessSettings;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.portal.status.StatusDriver.*;

/** Getting into one's own case on the portal, and a stranger who knows only a reference getting nowhere. */
class CheckYourCaseTest extends KaribuTest {

    @Autowired
    CaseJourney journey;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    AccessSettings settings;

    @BeforeEach
    void openCheckYourCase() {
        UI.getCurrent().navigate(CheckStartView.class);
    }

    private void askForCode(String reference, String emailOrPhone) {
        type("reference", reference);
        type("contact", emailOrPhone);
        click("send-code");
    }

    /** Signs in with a security code, as {@link CaseStatusViewTest} and the browser test do. */
    static void signIn(CaseJourney journey, Application application) {
        UI.getCurrent().navigate(CheckStartView.class);
        type("reference", application.getReference());
        type("contact", application.getApplicantEmail());
        click("send-code");
        type("code", journey.securityCodeSentTo(application.getApplicantEmail()));
        click("check-code");
        assertThat(currentView()).isEqualTo(CaseStatusView.class);
    }

    @Test
    void the_applicant_gets_a_code_by_e_mail_and_opens_their_case() {
        Application application = journey.apply(Channel.ONLINE, true);
        assertThat(heading()).isEqualTo("Check your ASB Case Review application");
        assertThat(pageText()).contains("The code works for 15 minutes.", "We cannot send codes by text message.");

        askForCode(application.getReference().toLowerCase(), application.getApplicantEmail());

        assertThat(heading()).isEqualTo("Enter your security code");
        assertThat(pageText()).contains("If the reference and the email address or phone number you gave match an "
                + "application, we have sent a 6-digit security code");
        type("code", journey.securityCodeSentTo(application.getApplicantEmail()));
        click("check-code");

        assertThat(currentView()).isEqualTo(CaseStatusView.class);
        assertThat(heading()).isEqualTo("Your ASB Case Review application");
        assertThat(pageText()).contains("Reference " + application.getReference(), "We received your application "
                + "online.");
    }

    @Test
    void a_wrong_code_says_so_and_how_many_tries_are_left_then_the_code_is_void() {
        Application application = journey.apply(Channel.ONLINE, true);
        askForCode(application.getReference(), application.getApplicantEmail());
        String code = journey.securityCodeSentTo(application.getApplicantEmail());
        String wrong = code.equals("111111") ? "222222" : "111111";

        type("code", "12ab");
        click("check-code");
        assertThat(errorSummary()).containsExactly("Enter the security code as 6 numbers, for example 123456");
        type("code", wrong);
        click("check-code");
        assertThat(errorBeside("code")).isEqualTo("The security code is not right. Check the email and try again. "
                + "You can try 4 more times.");
        for (int i = 0; i < 4; i++) {
            click("check-code");
        }
        assertThat(errorBeside("code")).isEqualTo("You have entered a wrong code too many times. Ask for a new code.");
        type("code", code);
        click("check-code");
        assertThat(errorBeside("code")).isEqualTo("This code has expired or has already been used. Ask for a new "
                + "code.");
        assertThat(currentView()).isEqualTo(EnterCodeView.class);
    }

    @Test
    void an_unknown_reference_or_a_wrong_address_gets_the_same_page_and_no_code_is_sent() {
        Application application = journey.apply(Channel.ONLINE, true);
        long sent = journey.securityCodesSent();

        askForCode("CT-2099-99999", application.getApplicantEmail());
        String unknownPage = pageText();
        type("code", "123456");
        click("check-code");
        String unknownError = errorBeside("code");

        UI.getCurrent().navigate(CheckStartView.class);
        askForCode(application.getReference(), "not.theirs@example.org");
        String wrongAddressPage = pageText();
        type("code", "123456");
        click("check-code");

        assertThat(wrongAddressPage).isEqualTo(unknownPage);
        assertThat(errorBeside("code")).isEqualTo(unknownError)
                .isEqualTo("The security code is not right. Check the email and try again. You can try 4 more times.");
        assertThat(journey.securityCodesSent()).isEqualTo(sent);

        UI.getCurrent().navigate(CheckStartView.class);
        askForCode(application.getReference(), application.getApplicantEmail());
        assertThat(pageText()).isEqualTo(unknownPage);
        assertThat(journey.securityCodesSent()).isEqualTo(sent + 1);
    }

    @Test
    void empty_answers_are_explained_beside_each_field() {
        click("send-code");
        assertThat(errorSummary()).containsExactly("Enter your reference",
                "Enter the email address or phone number you gave on your application");
        assertThat(errorBeside("reference")).isEqualTo("Enter your reference");
        assertThat(currentView()).isEqualTo(CheckStartView.class);
    }

    @Test
    void too_many_requests_for_one_reference_are_refused_with_a_clear_message() {
        String reference = "CT-2097-" + (10_000 + (int) (Math.random() * 80_000));
        for (int i = 0; i < settings.referenceLimit(); i++) {
            UI.getCurrent().navigate(CheckStartView.class);
            askForCode(reference, "someone@example.org");
            assertThat(currentView()).isEqualTo(EnterCodeView.class);
        }
        UI.getCurrent().navigate(CheckStartView.class);
        askForCode(reference, "someone@example.org");

        assertThat(currentView()).isEqualTo(CheckStartView.class);
        assertThat(errorSummary()).containsExactly("You have asked for too many codes. Wait 60 minutes and try "
                + "again, or contact your council’s Community Safety Unit.");
    }

    @Test
    void a_post_or_phone_applicant_opens_their_case_with_the_access_code_the_unit_gave() {
        Application application = journey.apply(Channel.PHONE, false);
        String code = journey.accessCode(application);

        follow("use-access-code");
        assertThat(heading()).isEqualTo("Enter your access code");
        type("reference", application.getReference());
        type("accessCode", "WRON-GCOD-E222");
        click("open-case");
        assertThat(errorSummary()).containsExactly("The reference or the access code is not right. Check them "
                + "against your letter and try again.");

        type("accessCode", code.toLowerCase());
        click("open-case");
        assertThat(currentView()).isEqualTo(CaseStatusView.class);
        assertThat(pageText()).contains("We received your application by phone.",
                "We will confirm that we have your application by");
    }

    @Test
    void the_case_pages_need_a_signed_in_applicant() {
        for (Class<? extends CasePage> page : java.util.List.of(CaseStatusView.class, SecondStageView.class,
                ContactDetailsView.class, WithdrawView.class)) {
            UI.getCurrent().navigate(page);
            assertThat(currentView()).isEqualTo(CheckStartView.class);
            assertThat(textOf("notice")).isEqualTo("Enter your details to see your case.");
        }
        UI.getCurrent().navigate(MessageView.class, new RouteParameters(new RouteParam("id", 1)));
        assertThat(currentView()).isEqualTo(CheckStartView.class);
        UI.getCurrent().navigate(EnterCodeView.class);
        assertThat(currentView()).isEqualTo(CheckStartView.class);
    }

    @Test
    void another_case_s_message_cannot_be_opened_by_its_id() {
        Application mine = journey.apply(Channel.ONLINE, true);
        Application theirs = journey.apply(Channel.ONLINE, true);
        long theirMessage = caseMessages.of(theirs.getId()).getFirst().id();
        long myMessage = caseMessages.of(mine.getId()).getFirst().id();
        signIn(journey, mine);

        UI.getCurrent().navigate(MessageView.class, new RouteParameters(new RouteParam("id", myMessage)));
        assertThat(heading()).isEqualTo("We have received your ASB Case Review application " + mine.getReference());
        assertThat(textOf("message-text")).contains("Dear Rowan Resident", mine.getReference());

        assertThatThrownBy(() -> UI.getCurrent().navigate(MessageView.class,
                new RouteParameters(new RouteParam("id", theirMessage)))).hasRootCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void signing_out_ends_the_case_session_and_the_pages_close_again() {
        Application application = journey.apply(Channel.ONLINE, true);
        signIn(journey, application);

        click("sign-out");

        assertThat(currentView()).isEqualTo(CheckStartView.class);
        assertThat(textOf("notice")).isEqualTo("You have signed out. To see your case again, enter your details.");
        UI.getCurrent().navigate(CaseStatusView.class);
        assertThat(currentView()).isEqualTo(CheckStartView.class);
    }
}
