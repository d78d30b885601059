package org.casereview.backoffice.home;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.ReviewCases;
import org.casereview.backoffice.agency.AgencyHomeView;
import org.casereview.backoffice.security.Roles;
import org.casereview.review.AgencyWork;
import org.casereview.review.InformationRequest;
import org.casereview.review.Recommendation;
import org.casereview.review.ReviewService;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.backoffice.Applications.today;

class AgencyHomeViewTest extends KaribuTest {

    @Autowired
    ReviewCases cases;
    @Autowired
    ReviewService reviews;

    private void signInAgency(String username, String partnership, Agency agency) {
        if (staffAccounts.findByUsername(username).isEmpty()) {
            staffAccounts.save(new StaffAccount(username, "PC " + username, "{noop}x",
                    EnumSet.of(StaffRole.PARTNER_AGENCY), partnerships.findByCode(partnership).orElseThrow().getId(),
                    agency, false));
        }
        signIn(username, Roles.PARTNER_AGENCY);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String id) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(id));
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static int rowOf(String gridId, long itemId) {
        List<Object> rows = rows(gridId);
        for (int i = 0; i < rows.size(); i++) {
            Object row = rows.get(i);
            long id = row instanceof AgencyWork.RequestForAgency r ? r.id()
                    : ((AgencyWork.RecommendationForAgency) row).id();
            if (id == itemId) {
                return i;
            }
        }
        throw new AssertionError("No row for " + itemId + " in " + gridId);
    }

    @Test
    void a_police_user_sees_and_answers_only_their_agency_s_requests_in_their_area() {
        signIn("agency-test-officer", Roles.CASE_OFFICER);
        Application application = cases.reviewActivated("tonbridge-malling", "Nia Agency");
        InformationRequest police = reviews.requestInformation(application.getId(), application.getVersion(),
                Agency.POLICE, "Kent Police", null, "All reports about 4 Mill Lane since January",
                today().plusDays(10));
        InformationRequest housing = reviews.requestInformation(application.getId(),
                cases.reload(application).getVersion(), Agency.HOUSING_PROVIDER, "Clarion Housing", null,
                "Tenancy records", today().plusDays(10));
        Application elsewhere = cases.reviewActivated("sevenoaks", "Oli Elsewhere");
        InformationRequest otherArea = reviews.requestInformation(elsewhere.getId(), elsewhere.getVersion(),
                Agency.POLICE, "Kent Police", null, "All reports", today().plusDays(10));

        signInAgency("tm-police", "tonbridge-malling", Agency.POLICE);
        UI.getCurrent().navigate(AgencyHomeView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("agency-name")).getText())
                .isEqualTo("You are signed in for Police, in one council area.");
        List<AgencyWork.RequestForAgency> mine = rows("agency-requests");
        assertThat(mine).extracting(AgencyWork.RequestForAgency::id).contains(police.getId())
                .doesNotContain(housing.getId(), otherArea.getId());
        assertThat(mine).filteredOn(r -> r.id() == police.getId()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo(application.getReference());
            assertThat(r.requestText()).isEqualTo("All reports about 4 Mill Lane since January");
        });
        // The page never shows the applicant.
        assertThat(_get(AgencyHomeView.class).getElement().getTextRecursively()).doesNotContain("Nia Agency");

        @SuppressWarnings("unchecked")
        Grid<AgencyWork.RequestForAgency> grid = _get(Grid.class, spec -> spec.withId("agency-requests"));
        _click((Button) _getCellComponent(grid, rowOf("agency-requests", police.getId()), "answer"));
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).isEqualTo("Enter your agency's answer"));
        _setValue(_get(TextArea.class, spec -> spec.withId("agency-answer")),
                "Five calls logged; a community protection warning on 3 March");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(rows("agency-requests")).filteredOn(r -> ((AgencyWork.RequestForAgency) r).id() == police.getId())
                .singleElement().satisfies(r -> assertThat(((AgencyWork.RequestForAgency) r).answerText())
                        .startsWith("Five calls logged"));
        signIn("agency-test-officer", Roles.CASE_OFFICER);
        assertThat(reviews.file(application.getId()).requests()).filteredOn(r -> r.getId().equals(police.getId()))
                .singleElement().satisfies(r -> assertThat(r.getAnsweredBy()).isEqualTo("PC tm-police (tm-police)"));
    }

    @Test
    void an_agency_responds_to_a_recommendation_issued_to_it_saying_whether_it_will_act_and_why() {
        signIn("agency-test-officer", Roles.CASE_OFFICER);
        Application application = cases.outcomeSent("tonbridge-malling", "Pam Respond");
        Recommendation recommendation = reviews.file(application.getId()).recommendations().getFirst();

        signInAgency("tm-police-2", "tonbridge-malling", Agency.POLICE);
        UI.getCurrent().navigate(AgencyHomeView.class);
        @SuppressWarnings("unchecked")
        Grid<AgencyWork.RecommendationForAgency> grid = _get(Grid.class,
                spec -> spec.withId("agency-recommendations"));
        _click((Button) _getCellComponent(grid, rowOf("agency-recommendations", recommendation.getId()),
                "respond"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Recommendation.Response> choice = _get(RadioButtonGroup.class,
                spec -> spec.withId("agency-response"));
        choice.setValue(Recommendation.Response.WILL_NOT_ACT);
        _setValue(_get(TextArea.class, spec -> spec.withId("agency-response-reasons")),
                "No officers on Friday nights; we will patrol on Saturdays instead");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        AgencyWork.RecommendationForAgency answered = this.<AgencyWork.RecommendationForAgency>rows(
                "agency-recommendations").stream().filter(r -> r.id() == recommendation.getId()).findFirst()
                .orElseThrow();
        assertThat(answered.response()).isEqualTo(Recommendation.Response.WILL_NOT_ACT);

        // Another agency does not see it at all.
        signInAgency("tm-council", "tonbridge-malling", Agency.COUNCIL);
        UI.getCurrent().navigate(AgencyHomeView.class);
        assertThat(this.<AgencyWork.RecommendationForAgency>rows("agency-recommendations"))
                .extracting(AgencyWork.RecommendationForAgency::id).doesNotContain(recommendation.getId());
    }

    @Test
    void an_agency_user_cannot_open_a_case_or_its_review_by_address() {
        signIn("agency-test-officer", Roles.CASE_OFFICER);
        Application application = cases.reviewActivated("tonbridge-malling", "Quin Direct");
        signInAgency("tm-police-3", "tonbridge-malling", Agency.POLICE);

        for (String address : List.of("cases/" + application.getId(), "cases/" + application.getId() + "/review",
                "cases/" + application.getId() + "/threshold", "cases", "queue")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(address)).as(address)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void an_account_not_tied_to_an_agency_is_told_so_and_sees_no_lists() {
        staffAccounts.save(new StaffAccount("agency-nobody", "No Agency", "{noop}x",
                EnumSet.of(StaffRole.PARTNER_AGENCY), null, null, false));
        signIn("agency-nobody", Roles.PARTNER_AGENCY);
        UI.getCurrent().navigate(AgencyHomeView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("agency-name")).getText())
                .contains("not tied to an agency");
        _assertNone(Grid.class, spec -> spec.withId("agency-requests"));
    }
}
