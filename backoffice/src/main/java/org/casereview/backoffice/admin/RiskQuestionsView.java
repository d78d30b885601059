package org.casereview.backoffice.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.partnership.Partnership;
import org.casereview.risk.RiskQuestion;
import org.casereview.risk.RiskQuestionAdministration;
import org.casereview.risk.RiskQuestionChange;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Administrators keep the victim risk and vulnerability questionnaire: the shared questions, and a partnership's own
 * when it wants different ones. They add, reword, reorder and retire questions; assessments already made keep the
 * questions as they were asked, and every change is listed.
 */
@Route("admin/risk-questions")
@PageTitle("Risk questions – Case Review")
@RolesAllowed(Roles.ADMINISTRATOR)
public class RiskQuestionsView extends Main {

    /** A questionnaire to choose: the shared set (no partnership) or a partnership's. */
    record Choice(@Nullable Partnership partnership) {

        String label() {
            return partnership == null ? "Shared questions (for partnerships without their own)"
                    : partnership.getName();
        }
    }

    final Select<Choice> choice = new Select<>();
    final Div status = new Div();
    final Button copy = new Button("Make this partnership's own copy to change");
    final Button add = new Button("Add a question");
    final Grid<RiskQuestion> asked = new Grid<>();
    final H2 retiredHeading = new H2("Retired questions");
    final Grid<RiskQuestion> retired = new Grid<>();
    final Grid<RiskQuestionChange> changes = new Grid<>();

    private final RiskQuestionAdministration administration;
    private RiskQuestionAdministration.QuestionSet set;

    RiskQuestionsView(RiskQuestionAdministration administration) {
        this.administration = administration;
        addClassNames("view", "risk-questions-view");
        Paragraph intro = new Paragraph("Officers answer these questions to assess the victim's risk and "
                + "vulnerability. Each \"yes\" adds the question's weight to the score, and the partnership's risk "
                + "levels (on Partnerships) turn the score into Standard, Medium or High. Changes apply to "
                + "assessments made from now on: an assessment already made keeps the questions as they were asked.");
        intro.addClassName("intro");

        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null));
        administration.partnerships().forEach(p -> choices.add(new Choice(p)));
        choice.setLabel("Questionnaire");
        choice.setId("questionnaire-choice");
        choice.setItems(choices);
        choice.setItemLabelGenerator(Choice::label);
        choice.addClassName("questionnaire-choice");
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show();
            }
        });

        status.setId("questionnaire-status");
        status.addClassName("questionnaire-status");
        copy.setId("copy-shared");
        copy.addClickListener(e -> copyShared());
        add.setId("add-question");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> questionDialog(null).open());
        Div toolbar = new Div(copy, add);
        toolbar.addClassName("toolbar");

        asked.setId("risk-questions");
        asked.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        asked.addColumn(q -> set.asked().indexOf(q) + 1).setHeader("No.").setWidth("4rem").setFlexGrow(0);
        asked.addComponentColumn(RiskQuestionsView::words).setHeader("Question and guidance for the officer")
                .setFlexGrow(1);
        asked.addColumn(RiskQuestion::getWeight).setHeader("Weight").setWidth("5.5rem").setFlexGrow(0);
        asked.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setWidth("20rem")
                .setFlexGrow(0);
        asked.setAllRowsVisible(true);

        retired.setId("retired-questions");
        retired.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        retired.addComponentColumn(RiskQuestionsView::words).setHeader("Question").setFlexGrow(1);
        retired.addColumn(RiskQuestion::getWeight).setHeader("Weight").setWidth("5.5rem").setFlexGrow(0);
        retired.setAllRowsVisible(true);

        changes.setId("risk-question-changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        changes.addColumn(c -> Formats.dateTime(c.getChangedAt())).setHeader("When").setWidth("10rem")
                .setFlexGrow(0);
        changes.addColumn(RiskQuestionChange::getChangedBy).setHeader("By").setWidth("11rem").setFlexGrow(0);
        changes.addColumn(c -> c.getQuestionCode() == null ? "All questions"
                : Objects.requireNonNullElse(set.questionWords(c.getQuestionCode()), c.getQuestionCode()))
                .setHeader("Question").setFlexGrow(2);
        changes.addColumn(RiskQuestionChange::getWhat).setHeader("What changed").setWidth("9rem").setFlexGrow(0);
        changes.addColumn(c -> Objects.requireNonNullElse(c.getOldValue(), "—")).setHeader("From").setFlexGrow(2);
        changes.addColumn(c -> Objects.requireNonNullElse(c.getNewValue(), "—")).setHeader("To").setFlexGrow(2);
        changes.setAllRowsVisible(true);
        changes.setEmptyStateText("No changes yet.");

        add(new H1("Risk questions"), intro, choice, status, toolbar, asked, retiredHeading, retired,
                new H2("Changes"), changes);
        choice.setValue(choices.size() == 2 ? choices.get(1) : choices.getFirst());
    }

    private @Nullable Long partnershipId() {
        Partnership partnership = choice.getValue().partnership();
        return partnership == null ? null : partnership.getId();
    }

    private void show() {
        set = administration.questionSet(partnershipId());
        Partnership partnership = set.partnership();
        status.removeAll();
        if (partnership == null) {
            status.add(new Paragraph(set.canChange()
                    ? "Partnerships without questions of their own ask these."
                    : "Partnerships without questions of their own ask these. Only an administrator with "
                    + "county-wide access can change them."));
        } else if (set.usesShared()) {
            status.add(new Paragraph(partnership.getName() + " asks the shared questions (below). To change its "
                    + "questions, make its own copy first; the shared questions stay as they are for the others."));
        } else {
            status.add(new Paragraph(partnership.getName() + " asks its own questions. If all of them are retired, "
                    + "it asks the shared questions again."));
        }
        if (partnership != null) {
            int maximum = set.maximum();
            status.add(new Paragraph("Highest possible score " + maximum + ". Medium risk from "
                    + partnership.getRiskMediumFrom() + ", High from " + partnership.getRiskHighFrom()
                    + " (set on Partnerships)."));
            if (maximum < partnership.getRiskHighFrom()) {
                Paragraph warning = new Paragraph("With these weights no victim can be assessed as High risk: the "
                        + "highest score is " + maximum + ". Raise the weights, or lower the levels on Partnerships.");
                warning.setId("unreachable-level");
                warning.addClassName("warning");
                status.add(warning);
            }
        }
        boolean editable = set.canChange() && !set.usesShared();
        copy.setVisible(set.usesShared());
        add.setVisible(editable);
        asked.getColumnByKey("actions").setVisible(editable);
        asked.setItems(set.asked());
        retired.setItems(set.retired());
        retired.setVisible(!set.retired().isEmpty());
        retiredHeading.setVisible(!set.retired().isEmpty());
        changes.setItems(set.changes());
    }

    private static Component words(RiskQuestion question) {
        Div words = new Div(new Span(question.getQuestion()));
        if (question.getGuidance() != null) {
            Span guidance = new Span(question.getGuidance());
            guidance.addClassName("question-guidance");
            words.add(guidance);
        }
        words.addClassName("question-words");
        return words;
    }

    private Component actions(RiskQuestion question) {
        int index = set.asked().indexOf(question);
        String number = "question " + (index + 1);
        Button up = small("Up", "Move " + number + " up", () -> administration.move(question.getId(),
                question.getVersion(), true), "Moved up");
        up.setEnabled(index > 0);
        Button down = small("Down", "Move " + number + " down", () -> administration.move(question.getId(),
                question.getVersion(), false), "Moved down");
        down.setEnabled(index < set.asked().size() - 1);
        Button change = new Button("Change", e -> questionDialog(question).open());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setAriaLabel("Change " + number);
        Button retire = new Button("Retire", e -> retireDialog(question).open());
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        retire.setAriaLabel("Retire " + number);
        Div actions = new Div(up, down, change, retire);
        actions.addClassName("question-actions");
        actions.setId("question-" + (index + 1) + "-actions");
        return actions;
    }

    private Button small(String text, String ariaLabel, Runnable change, String done) {
        Button button = new Button(text, e -> {
            if (Feedback.attempt(change, this::show).saved()) {
                Feedback.saved(done);
            }
            show();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private void copyShared() {
        Long id = partnershipId();
        if (id != null && Feedback.attempt(() -> administration.copyShared(id), this::show).saved()) {
            Feedback.saved("This partnership now has its own copy of the shared questions to change");
        }
        show();
    }

    /** Adding ({@code question} null) or changing a question: its words, guidance and weight. */
    ActionDialog questionDialog(@Nullable RiskQuestion question) {
        TextArea words = new TextArea("Question");
        words.setId("question-words");
        words.setWidthFull();
        words.setMaxLength(RiskQuestionAdministration.QUESTION_MAX + 50);
        words.setHelperText("A question the officer can answer yes, no or not known, about the victim");
        TextArea guidance = new TextArea("Guidance for the officer (optional)");
        guidance.setId("question-guidance");
        guidance.setWidthFull();
        guidance.setMaxLength(RiskQuestionAdministration.GUIDANCE_MAX + 50);
        IntegerField weight = new IntegerField("Weight");
        weight.setId("question-weight");
        weight.setMin(0);
        weight.setMax(RiskQuestionAdministration.WEIGHT_MAX);
        weight.setStepButtonsVisible(true);
        weight.setWidth("16em");
        weight.setHelperText("What a \"yes\" adds to the score, 0 to " + RiskQuestionAdministration.WEIGHT_MAX);
        Paragraph note = new Paragraph(question == null
                ? "It is asked at the end of the questionnaire in assessments made from now on."
                : "Assessments already made keep the words and weight they were answered with.");
        if (question != null) {
            words.setValue(question.getQuestion());
            guidance.setValue(Objects.requireNonNullElse(question.getGuidance(), ""));
            weight.setValue(question.getWeight());
        } else {
            weight.setValue(1);
        }
        Long partnershipId = partnershipId();
        return new ActionDialog(question == null ? "Add a question" : "Change the question",
                question == null ? "Add question" : "Save changes",
                () -> Feedback.attempt(() -> {
                    if (weight.getValue() == null) {
                        throw new ActionRefusedException("Enter the weight, a whole number from 0 to "
                                + RiskQuestionAdministration.WEIGHT_MAX);
                    }
                    if (question == null) {
                        administration.add(partnershipId, words.getValue(), guidance.getValue(), weight.getValue());
                    } else {
                        administration.change(question.getId(), question.getVersion(), words.getValue(),
                                guidance.getValue(), weight.getValue());
                    }
                }, this::show),
                () -> {
                    Feedback.saved(question == null ? "Question added" : "Question changed");
                    show();
                }).with(note, words, guidance, weight);
    }

    ActionDialog retireDialog(RiskQuestion question) {
        Paragraph explain = new Paragraph("\"" + question.getQuestion() + "\" will not be asked in assessments made "
                + "from now on. Assessments already made keep it, with the answer given.");
        return new ActionDialog("Retire this question?", "Retire question",
                () -> Feedback.attempt(() -> administration.retire(question.getId(), question.getVersion()),
                        this::show),
                () -> {
                    Feedback.saved("Question retired");
                    show();
                }).with(explain);
    }
}
