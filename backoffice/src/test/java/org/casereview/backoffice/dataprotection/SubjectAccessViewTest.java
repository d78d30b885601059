package org.casereview.backoffice.dataprotection;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.subjectaccess.SubjectAccessLogEntry;
import org.casereview.subjectaccess.SubjectMatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectAccessViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    static Grid<SubjectMatch> matches() {
        return _get(Grid.class, spec -> spec.withId("subject-matches"));
    }

    static List<SubjectMatch> rows() {
        return rowsOf(matches());
    }

    @SuppressWarnings("unchecked")
    static List<SubjectAccessLogEntry> requests() {
        return rowsOf((Grid<SubjectAccessLogEntry>) _get(Grid.class, spec -> spec.withId("subject-requests")));
    }

    static void searchFor(String name) {
        _setValue(_get(TextField.class, spec -> spec.withId("subject-name")), name);
        _click(_get(Button.class, spec -> spec.withId("subject-search")));
    }

    /** The button in the row's "Requests" cell. */
    static void clickInRow(SubjectMatch match, String label) {
        List<Long> ids = rows().stream().map(SubjectMatch::applicationId).toList();
        int row = ids.indexOf(match.applicationId());
        Component cell = _getCellComponent(matches(), row, "requests");
        Button button = (Button) cell.getChildren().filter(child -> child instanceof Button b
                && b.getText().equals(label)).findFirst().orElseThrow();
        assertThat(button.getElement().getAttribute("aria-label")).isEqualTo(label + ": " + match.reference());
        _click(button);
    }

    @Test
    void an_administrator_finds_a_person_exports_the_cases_ticked_and_the_work_is_recorded() {
        String name = "Sabine Subject" + UUID.randomUUID().toString().substring(0, 6);
        Application first = applications.apply("sevenoaks", Channel.PHONE, name, null, 3);
        Application second = applications.apply("bassetlaw", Channel.PHONE, name, "sabine@example.org", 5);
        signIn("sar-admin", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(SubjectAccessView.class);
        _assertNone(Anchor.class, spec -> spec.withId("download-pdf"));

        searchFor(name);

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("subject-found"))
                .getText()).startsWith("2 cases hold something matching name \"" + name + "\"");
        assertThat(rows()).extracting(SubjectMatch::reference)
                .containsExactly(second.getReference(), first.getReference());
        assertThat(rows().getFirst().matchedAs()).isEqualTo("Applicant (name)");
        Button export = _get(Button.class, spec -> spec.withId("subject-export"));
        assertThat(export.isEnabled()).isFalse();

        matches().select(rows().getFirst());
        _click(export);

        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getText())
                .isEqualTo("Download the PDF (1 case)");
        _get(Anchor.class, spec -> spec.withId("download-json"));
        assertThat(requests()).extracting(SubjectAccessLogEntry::getKind).startsWith(
                SubjectAccessLogEntry.Kind.EXPORT, SubjectAccessLogEntry.Kind.SEARCH);
        assertThat(requests().getFirst().getReferences()).isEqualTo(second.getReference());
    }

    @Test
    void a_restriction_and_an_erasure_are_recorded_from_the_results_with_their_reasons() {
        String name = "Rhea Request" + UUID.randomUUID().toString().substring(0, 6);
        Application closed = applications.apply("newark-sherwood", Channel.PHONE, name, null, 3);
        jdbc.update("UPDATE application SET status = 'THRESHOLD_NOT_MET', closed_on = CURDATE() WHERE id = ?",
                closed.getId());
        Application open = applications.apply("newark-sherwood", Channel.PHONE, name, null, 4);
        signIn("sar-admin-2", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(SubjectAccessView.class);
        searchFor(name);
        SubjectMatch openMatch = rows().stream().filter(m -> m.applicationId() == open.getId()).findFirst()
                .orElseThrow();

        clickInRow(openMatch, "Restrict");
        _setValue(_get(TextArea.class, spec -> spec.withId("request-reason")), "Accuracy disputed");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
        assertThat(applications.reload(open).isRestricted()).isTrue();
        assertThat(rows()).filteredOn(m -> m.applicationId() == open.getId()).singleElement()
                .satisfies(m -> assertThat(m.restricted()).isTrue());

        // An open case asks why it must be erased now; without a reason it is refused and the dialog stays.
        clickInRow(openMatch, "Erase…");
        _setValue(_get(TextArea.class, spec -> spec.withId("request-reason")), "Erasure request of 3 May");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("is still open"));
        _click(_get(Button.class, spec -> spec.withId("dialog-cancel")));

        SubjectMatch closedMatch = rows().stream().filter(m -> m.applicationId() == closed.getId()).findFirst()
                .orElseThrow();
        clickInRow(closedMatch, "Erase…");
        _assertNone(TextArea.class, spec -> spec.withId("erase-override"));
        _setValue(_get(TextArea.class, spec -> spec.withId("request-reason")), "Erasure request of 3 May");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(applications.reload(closed).isAnonymised()).isTrue();
        assertThat(rows()).extracting(SubjectMatch::reference).containsExactly(open.getReference());
        assertThat(requests()).extracting(SubjectAccessLogEntry::getKind).startsWith(
                SubjectAccessLogEntry.Kind.ERASURE, SubjectAccessLogEntry.Kind.RESTRICTION);
        assertThat(requests().getFirst().getReason()).isEqualTo("Erasure request of 3 May");
    }

    @Test
    void a_search_with_nothing_usable_says_what_to_enter() {
        signIn("sar-admin-3", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(SubjectAccessView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("subject-email")), "not an address");
        _click(_get(Button.class, spec -> spec.withId("subject-search")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("e-mail address in the correct format"));
        _assertNone(Grid.class, spec -> spec.withId("subject-matches"));
    }

    @Test
    void only_administrators_reach_it() {
        for (String role : List.of(Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER, Roles.PARTNER_AGENCY)) {
            signIn("sar-" + role.toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(SubjectAccessView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
