package org.casereview.backoffice.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationSummary;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.application.SubmittedApplication;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseListViewTest extends KaribuTest {

    @Autowired
    ApplicationService applications;

    SubmittedApplication apply(String name, String postcode) {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        return applications.submit(new NewApplication("tonbridge-malling", Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, "2 Mill Lane", postcode, null, null), ContactMethod.POST, true,
                List.of(new NewApplication.NewIncident(today.minusDays(4), today.minusDays(4), Agency.POLICE, null,
                        "KP-" + postcode, "Fireworks thrown at the windows")), null), "Applicant (online)");
    }

    @SuppressWarnings("unchecked")
    static Grid<ApplicationSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("cases"));
    }

    @Test
    void an_officer_sees_new_applications_with_their_deadlines_and_can_find_one_by_postcode() {
        SubmittedApplication first = apply("Dana Doe", "ME19 4LZ");
        SubmittedApplication second = apply("Eli Roe", "TN13 1HG");
        signIn("officer", Roles.CASE_OFFICER);

        UI.getCurrent().navigate(CaseListView.class);

        assertThat(_size(grid())).isGreaterThanOrEqualTo(2);
        ApplicationSummary newest = _get(grid(), 0);
        assertThat(newest.reference()).isEqualTo(second.reference());
        assertThat(newest.decisionDue()).isEqualTo(second.decisionDue());

        _setValue(_get(TextField.class, spec -> spec.withId("search")), "ME19");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).reference()).isEqualTo(first.reference());
    }

    @Test
    void opening_a_case_shows_everything_the_resident_entered_and_its_history() {
        SubmittedApplication submitted = apply("Frankie Fox", "CT20 2QY");
        signIn("officer", Roles.CASE_OFFICER);
        long id = applications.byReference(submitted.reference()).orElseThrow().getId();

        UI.getCurrent().navigate("cases/" + id);

        assertThat(_get(H1.class, spec -> spec.withId("case-reference")).getText()).isEqualTo(submitted.reference());
        String page = _get(CaseView.class).getElement().getTextRecursively();
        assertThat(page).contains("Frankie Fox", "2 Mill Lane", "CT20 2QY", "Post", "Tonbridge and Malling");
        assertThat(_get(Div.class, spec -> spec.withId("incidents")).getElement().getTextRecursively())
                .contains("Fireworks thrown at the windows", "KP-CT20 2QY", "Police");
        assertThat(_get(Div.class, spec -> spec.withId("history")).getElement().getTextRecursively())
                .contains("Application received (Online)");
    }

    @Test
    void a_partner_agency_user_cannot_open_the_case_list() {
        signIn("agency", Roles.PARTNER_AGENCY);

        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(CaseListView.class);

        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
