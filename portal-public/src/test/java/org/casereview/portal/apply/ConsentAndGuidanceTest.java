package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/** Consent refused stops with the alternatives; the threshold guidance (and its exclusions) guides but never blocks. */
class ConsentAndGuidanceTest extends KaribuTest {

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    static String guidance() {
        return _get(Div.class, spec -> spec.withId("threshold-guidance")).getElement().getTextRecursively();
    }

    private void toIncidents(String area) {
        chooseCouncilArea(area);
        whoIsApplying(ApplicantType.VICTIM);
        giveDetails("Chris", "chris@example.org");
    }

    @Test
    void refusing_consent_explains_the_alternatives_and_stops_but_keeps_the_answers_for_a_change_of_mind() {
        toIncidents("Test Valley");
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.HOUSING_PROVIDER, "Rubbish dumped");
        clickContinue();
        answerTheProblem();
        answerImpact();
        clickContinue();

        click("consent-refused");

        assertThat(heading()).isEqualTo("We cannot carry out a case review without your agreement");
        assertThat(pageText()).contains("complaints procedure", "Hampshire Constabulary", "01264 368000",
                "report-it.org.uk");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("submit"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("continue"))).isEmpty();

        click("change-mind");
        assertThat(heading()).isEqualTo("Sharing your information");
        agreeAndDeclare();
        assertThat(heading()).isEqualTo("Check your answers before sending your application");
    }

    @Test
    void the_guidance_counts_the_reports_against_the_partnerships_threshold_and_never_blocks() {
        toIncidents("Tonbridge and Malling");
        addIncident(TODAY.minusDays(40), TODAY.minusDays(39), Agency.POLICE, "Loud music");
        assertThat(guidance()).contains("Tonbridge and Malling threshold", "Your report counts.",
                "The threshold is 3, so your application does not meet it.", "This is only a guide");
        addIncident(TODAY.minusDays(30), TODAY.minusDays(29), Agency.POLICE, "Loud music again");
        // Reported more than a month after it happened: the domain's sentence says why it does not count.
        addIncident(TODAY.minusDays(90), TODAY.minusDays(20), Agency.COUNCIL, "Loud music, reported late");
        assertThat(guidance()).contains("2 of your 3 reports count",
                "does not count because it was made more than one month after the behaviour happened");

        clickContinue();
        assertThat(heading()).isEqualTo("The problem now");
    }

    @Test
    void a_time_frame_that_has_not_ended_and_a_complaint_about_one_agency_are_explained_not_blocked() {
        toIncidents("Sevenoaks");
        date("occurredOn", TODAY.minusDays(5));
        date("reportedOn", TODAY.minusDays(4));
        select("reportedTo", Agency.POLICE);
        type("description", "Threats");
        choose("timeframeGiven", Answer.YES);
        date("timeframeEndsOn", TODAY.plusDays(14));
        click("add-incident");
        assertThat(guidance()).contains("We cannot start a case review yet. Police told you it would take action by "
                + ApplyViewTest.gov(TODAY.plusDays(14)));

        clickContinue();
        choose("problemPersists", Answer.YES);
        choose("onlyOneAgencyConduct", Answer.YES);
        type("conductAgency", "Kent Police");
        assertThat(pageText()).contains("complaints procedure");
        clickContinue();
        answerImpact();
        clickContinue();
        agreeAndDeclare();

        assertThat(guidance()).contains("Please use Kent Police's own complaints procedure");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("submit"))).isNotEmpty();
    }
}
