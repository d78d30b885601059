package org.casereview.backoffice.cases;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.casework.CaseRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseListViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    static Grid<CaseRow> grid() {
        return _get(Grid.class, spec -> spec.withId("cases"));
    }

    static List<String> references() {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < _size(grid()); i++) {
            references.add(_get(grid(), i).reference());
        }
        return references;
    }

    static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("search")), text);
    }

    @Test
    void an_officer_sees_new_applications_with_their_clocks_and_finds_one_by_postcode_or_phone() {
        Application first = applications.apply("tonbridge-malling", Channel.PHONE, "Dana Doe", null, 4);
        Application second = applications.apply("tonbridge-malling", Channel.LETTER, "Eli Roe", null, 4);
        signIn("officer", Roles.CASE_OFFICER);

        UI.getCurrent().navigate(CaseListView.class);

        assertThat(_size(grid())).isGreaterThanOrEqualTo(2);
        CaseRow newest = _get(grid(), 0);
        assertThat(newest.reference()).isEqualTo(second.getReference());
        assertThat(newest.clock()).isNotNull();
        assertThat(newest.clock().due()).isEqualTo(second.getAcknowledgementDue());

        search("Dana Doe");
        assertThat(references()).containsExactly(first.getReference());
        search("07700900123");
        assertThat(references()).contains(first.getReference(), second.getReference());
        assertThat(_get(Span.class, spec -> spec.withId("case-count")).getText()).endsWith("cases");
    }

    @Test
    void the_filters_narrow_the_list_by_status_and_officer() {
        Application waiting = applications.apply("sevenoaks", Channel.PHONE, "Fay Filter", null, 4);
        Application online = applications.apply("sevenoaks", Channel.ONLINE, "Fay Filter", "fay@example.org", 4);
        signIn("filtering-officer", Roles.CASE_OFFICER);
        UI.getCurrent().navigate(CaseListView.class);
        search("Fay Filter");
        assertThat(references()).containsExactlyInAnyOrder(waiting.getReference(), online.getReference());

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ApplicationStatus> status = _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-status"));
        status.setValue(Set.of(ApplicationStatus.RECEIVED));
        assertThat(references()).containsExactly(waiting.getReference());

        status.clear();
        @SuppressWarnings("unchecked")
        ComboBox<org.casereview.staff.StaffMember> officer = _get(ComboBox.class,
                spec -> spec.withId("filter-officer"));
        officer.setValue(CaseListView.UNASSIGNED);
        assertThat(references()).containsExactlyInAnyOrder(waiting.getReference(), online.getReference());
    }

    @Test
    void staff_of_one_partnership_see_only_its_cases() {
        Application own = applications.apply("bassetlaw", Channel.PHONE, "Gil Scope", null, 4);
        applications.apply("test-valley", Channel.PHONE, "Gil Scope", null, 4);
        signInFor("bassetlaw-officer", "bassetlaw", Roles.CASE_OFFICER);

        UI.getCurrent().navigate(CaseListView.class);
        search("Gil Scope");

        assertThat(references()).containsExactly(own.getReference());
        _assertNone(ComboBox.class, spec -> spec.withId("filter-partnership"));
    }

    @Test
    void a_panel_member_sees_only_cases_under_review_and_no_officer_filter() {
        Application waiting = applications.apply("newark-sherwood", Channel.PHONE, "Hal Panel", null, 4);
        Application reviewed = applications.apply("newark-sherwood", Channel.PHONE, "Hal Panel", null, 4);
        jdbc.update("UPDATE application SET status = 'REVIEW_ACTIVATED' WHERE id = ?", reviewed.getId());
        signIn("panel", Roles.PANEL_MEMBER);

        UI.getCurrent().navigate(CaseListView.class);
        search("Hal Panel");

        assertThat(references()).containsExactly(reviewed.getReference()).doesNotContain(waiting.getReference());
        assertThat(_get(H1.class).getText()).isEqualTo("Case reviews");
        _assertNone(ComboBox.class, spec -> spec.withId("filter-officer"));
    }

    @Test
    void partner_agency_users_and_administrators_cannot_open_the_case_list() {
        signIn("agency", Roles.PARTNER_AGENCY);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseListView.class))
                .isInstanceOf(MockAccessDeniedException.class);

        signIn("admin", Roles.ADMINISTRATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(CaseListView.class);

        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
