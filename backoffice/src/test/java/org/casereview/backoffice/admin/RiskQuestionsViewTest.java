package org.casereview.backoffice.admin;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.risk.RiskQuestion;
import org.casereview.risk.RiskQuestionChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskQuestionsViewTest extends KaribuTest {

    /** The partnership whose questions these tests change; it asks the shared set again after each. */
    static final String PARTNERSHIP = "sevenoaks";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheSharedSet() {
        long id = partnerships.findByCode(PARTNERSHIP).orElseThrow().getId();
        jdbc.update("DELETE FROM risk_question WHERE partnership_id = ?", id);
        jdbc.update("DELETE FROM risk_question_change WHERE partnership_id = ?", id);
    }

    static void open() {
        UI.getCurrent().navigate(RiskQuestionsView.class);
    }

    @SuppressWarnings("unchecked")
    static void choose(String label) {
        Select<RiskQuestionsView.Choice> choice = _get(Select.class, spec -> spec.withId("questionnaire-choice"));
        _setValue(choice, choice.getListDataView().getItems().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    static List<String> asked() {
        Grid<RiskQuestion> grid = _get(Grid.class, spec -> spec.withId("risk-questions"));
        return grid.getGenericDataView().getItems().map(RiskQuestion::getQuestion).toList();
    }

    @SuppressWarnings("unchecked")
    static List<RiskQuestionChange> changes() {
        Grid<RiskQuestionChange> grid = _get(Grid.class, spec -> spec.withId("risk-question-changes"));
        return grid.getGenericDataView().getItems().toList();
    }

    /** The button {@code text} ("Up", "Change" …) in the row of question {@code number} (1 for the first). */
    @SuppressWarnings("unchecked")
    static Button action(int number, String text) {
        Grid<RiskQuestion> grid = _get(Grid.class, spec -> spec.withId("risk-questions"));
        Component actions = _getCellComponent(grid, number - 1, "actions");
        return _get(actions, Button.class, spec -> spec.withText(text));
    }

    static void confirm() {
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
    }

    static String status() {
        return _get(Component.class, spec -> spec.withId("questionnaire-status")).getElement().getTextRecursively();
    }

    @Test
    void an_administrator_gives_a_partnership_its_own_questions_and_changes_them_and_each_change_is_listed() {
        signIn("risk-admin", Roles.ADMINISTRATOR);
        open();
        assertThat(asked()).hasSize(6);
        choose("Sevenoaks");
        assertThat(status()).contains("Sevenoaks asks the shared questions");
        _assertNone(Button.class, spec -> spec.withId("add-question"));

        _click(_get(Button.class, spec -> spec.withId("copy-shared")));
        assertThat(status()).contains("Sevenoaks asks its own questions", "Highest possible score 13",
                "Medium risk from 3, High from 7");

        _click(_get(Button.class, spec -> spec.withId("add-question")));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-words")),
                "Has the victim had to change their daily routine?");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-guidance")),
                "For example, going out less, or a different way to work or school.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("question-weight")), 2);
        confirm();
        assertThat(asked()).hasSize(7).last().isEqualTo("Has the victim had to change their daily routine?");

        _click(action(5, "Change"));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-words")),
                "Are there children under 18 in the household?");
        confirm();
        _click(action(7, "Up"));
        _click(action(1, "Retire"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("\"Has the victim been targeted repeatedly, by the "
                + "same people or at the same place?\" will not be asked in assessments made from now on. "
                + "Assessments already made keep it, with the answer given.")).isVisible()).isTrue();
        confirm();

        assertThat(asked()).containsExactly(
                "Does the victim have a disability, or a physical or mental illness?",
                "Is the behaviour affecting the victim's physical or mental health?",
                "Does the victim feel afraid or unsafe in their own home?",
                "Are there children under 18 in the household?",
                "Has the victim had to change their daily routine?",
                "Does the victim believe the behaviour is motivated by hate?");
        @SuppressWarnings("unchecked")
        Grid<RiskQuestion> retired = _get(Grid.class, spec -> spec.withId("retired-questions"));
        assertThat(retired.getGenericDataView().getItems()).extracting(RiskQuestion::getCode)
                .containsExactly("REPEAT_TARGETING");
        assertThat(changes()).extracting(RiskQuestionChange::getWhat)
                .containsExactly("Retired", "Order", "Question", "Added", "Copied from the shared set");
        assertThat(changes()).allSatisfy(c -> assertThat(c.getChangedBy()).isEqualTo("Test risk-admin (risk-admin)"));
        assertThat(changes().get(2).getOldValue()).isEqualTo("Are there children in the household?");
        assertThat(changes().get(2).getNewValue()).isEqualTo("Are there children under 18 in the household?");
    }

    @Test
    void the_page_warns_when_no_victim_could_reach_the_high_level() {
        signIn("risk-admin", Roles.ADMINISTRATOR);
        open();
        choose("Sevenoaks");
        _click(_get(Button.class, spec -> spec.withId("copy-shared")));
        _assertNone(Paragraph.class, spec -> spec.withId("unreachable-level"));

        // Repeat targeting, disability, health and fear at home retired: children (1) and hate (3) are left.
        for (int i = 0; i < 4; i++) {
            _click(action(1, "Retire"));
            confirm();
        }

        assertThat(asked()).hasSize(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("unreachable-level")).getText())
                .isEqualTo("With these weights no victim can be assessed as High risk: the highest score is 4. "
                        + "Raise the weights, or lower the levels on Partnerships.");
    }

    @Test
    void a_refused_change_keeps_the_dialog_open_with_the_reason() {
        signIn("risk-admin", Roles.ADMINISTRATOR);
        open();
        _click(_get(Button.class, spec -> spec.withId("add-question")));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-words")), "Are there children in the household?");

        confirm();

        assertThat(notificationTexts()).contains("That question is already asked");
        assertThat(_get(TextArea.class, spec -> spec.withId("question-words")).getValue())
                .isEqualTo("Are there children in the household?");
        assertThat(asked()).hasSize(6);
    }

    @Test
    void an_administrator_of_one_partnership_reads_the_shared_questions_and_keeps_only_their_own() {
        signInFor("sevenoaks-admin", PARTNERSHIP, Roles.ADMINISTRATOR);
        open();
        @SuppressWarnings("unchecked")
        Select<RiskQuestionsView.Choice> choice = _get(Select.class, spec -> spec.withId("questionnaire-choice"));
        assertThat(choice.getListDataView().getItems()).extracting(RiskQuestionsView.Choice::label)
                .containsExactly("Shared questions (for partnerships without their own)", "Sevenoaks");
        assertThat(choice.getValue().label()).isEqualTo("Sevenoaks");

        choose("Shared questions (for partnerships without their own)");
        assertThat(status()).contains("Only an administrator with county-wide access can change them");
        _assertNone(Button.class, spec -> spec.withId("add-question"));
        _assertNone(Button.class, spec -> spec.withId("copy-shared"));
    }

    @Test
    void only_administrators_open_the_risk_questions() {
        for (String role : List.of(Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER, Roles.PARTNER_AGENCY)) {
            signIn("risk-" + role.toLowerCase(), role);
            assertThatThrownBy(RiskQuestionsViewTest::open).isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
