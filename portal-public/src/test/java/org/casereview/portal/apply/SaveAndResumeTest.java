package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.drafts.DraftService;
import org.casereview.drafts.SavedDraftRepository;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/** "Save and come back later": a link by e-mail, answers kept for 30 days, opened where the resident left off. */
class SaveAndResumeTest extends KaribuTest {

    static final Pattern LINK = Pattern.compile("/apply/resume/([A-Za-z0-9_-]{43})");

    @Autowired
    OutboxRepository outbox;
    @Autowired
    SavedDraftRepository savedDrafts;
    @Autowired
    DraftService drafts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    private String lastLinkTo(String email) {
        OutboxMessage message = outbox.findAll().stream().filter(m -> m.getRecipient().equals(email))
                .max(Comparator.comparing(OutboxMessage::getId)).orElseThrow();
        assertThat(message.getTemplate()).isEqualTo("draft-saved");
        Matcher link = LINK.matcher(message.getBodyText());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private void saveAs(String email) {
        click("save-draft");
        assertThat(heading()).isEqualTo("Save your answers and come back later");
        assertThat(pageText()).contains("30 days");
        type("draftEmail", email);
        click("save-draft-confirm");
    }

    @Test
    void a_saved_application_is_resumed_from_the_emailed_link_where_it_was_left_even_half_typed() {
        chooseCouncilArea("Sevenoaks");
        whoIsApplying(ApplicantType.VICTIM);
        giveDetails("Sally Saver", "sally@example.org");
        addIncident(TODAY.minusDays(10), TODAY.minusDays(9), Agency.POLICE, "Fireworks at midnight");
        date("occurredOn", TODAY.minusDays(2));
        type("description", "Half-typed second incident");

        saveAs("sally@example.org");

        assertThat(heading()).isEqualTo("Your answers have been saved");
        assertThat(pageText()).contains("We have sent a link to sally@example.org.",
                "The link works until " + ApplyViewTest.gov(TODAY.plusDays(30)));
        String token = lastLinkTo("sally@example.org");

        // Another day, another browser: a new session.
        tearDownVaadin();
        setUpVaadin();
        UI.getCurrent().navigate("apply/resume/" + token);

        assertThat(heading()).isEqualTo("The incidents you reported");
        assertThat(pageText()).contains("Welcome back. We have kept your saved answers until "
                + ApplyViewTest.gov(TODAY.plusDays(30)));
        assertThat(incidentList()).contains("Fireworks at midnight");
        assertThat(_get(DatePicker.class, spec -> spec.withId("occurredOn")).getValue()).isEqualTo(TODAY.minusDays(2));
        assertThat(_get(TextArea.class, spec -> spec.withId("description")).getValue())
                .isEqualTo("Half-typed second incident");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("apply");
    }

    @Test
    void saving_needs_an_email_address_and_says_so_beside_the_field() {
        chooseCouncilArea("Sevenoaks");

        saveAs("");

        assertThat(errorSummary()).containsExactly(
                "Enter your email address so that we can send you a link to your saved answers");
        assertThat(errorBeside("draftEmail")).isNotBlank();
        type("draftEmail", "not an address");
        click("save-draft-confirm");
        assertThat(errorSummary()).containsExactly("Enter an email address in the correct format, like name@example.com");
    }

    @Test
    void sending_the_application_deletes_its_saved_draft_and_the_link_stops_working() {
        chooseCouncilArea("Sevenoaks");
        saveAs("sent@example.org");
        String token = lastLinkTo("sent@example.org");
        click("continue-now");
        assertThat(heading()).isEqualTo("Who is applying?");
        whoIsApplying(ApplicantType.VICTIM);
        giveDetails("Sid Sent", "sent@example.org");
        addIncident(TODAY.minusDays(10), TODAY.minusDays(9), Agency.POLICE, "Noise");
        clickContinue();
        answerTheProblem();
        answerImpact();
        clickContinue();
        agreeAndDeclare();

        click("submit");

        assertThat(heading()).isEqualTo("Application sent");
        assertThat(drafts.resume(token)).isEmpty();
    }

    @Test
    void saving_again_sends_a_new_link_and_the_old_one_says_it_does_not_work() {
        chooseCouncilArea("Sevenoaks");
        saveAs("twice@example.org");
        String first = lastLinkTo("twice@example.org");
        click("continue-now");
        saveAs("twice@example.org");
        String second = lastLinkTo("twice@example.org");

        UI.getCurrent().navigate("apply/resume/" + first);

        assertThat(heading()).isEqualTo("This link does not work");
        assertThat(second).isNotEqualTo(first);
        assertThat(drafts.resume(second)).isPresent();
    }

    @Test
    void an_expired_or_made_up_link_says_it_does_not_work_and_how_to_start_again() {
        chooseCouncilArea("Sevenoaks");
        saveAs("old@example.org");
        String token = lastLinkTo("old@example.org");
        jdbc.update("UPDATE application_draft SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE email = ?",
                "old@example.org");

        UI.getCurrent().navigate("apply/resume/" + token);
        assertThat(heading()).isEqualTo("This link does not work");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(ResumeView.class).getElement().getTextRecursively())
                .contains("30 days", "Start a new application");

        UI.getCurrent().navigate("apply/resume/made-up");
        assertThat(heading()).isEqualTo("This link does not work");
    }

    @Test
    void the_saved_answers_are_the_forms_and_never_hold_the_link() {
        chooseCouncilArea("Sevenoaks");
        saveAs("json@example.org");
        String token = lastLinkTo("json@example.org");

        String answers = jdbc.queryForObject("SELECT answers FROM application_draft WHERE email = ?", String.class,
                "json@example.org");
        assertThat(answers).contains("\"partnershipCode\":\"sevenoaks\"").doesNotContain(token);
        assertThat(DraftJson.read(answers)).hasValueSatisfying(d -> assertThat(d.partnershipCode).isEqualTo("sevenoaks"));
        assertThat(DraftJson.read("{not json")).isEmpty();
        assertThat(savedDrafts.count()).isPositive();
    }
}
