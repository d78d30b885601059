package org.casereview.portal.apply;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Answer;
import org.casereview.application.ApplicationValidator;

/**
 * The problem as a whole: whether it persists, and whether the concern is only one organisation's conduct (which a
 * case review cannot look at: the page says so, but lets the resident go on).
 */
class ProblemPage extends StepPage {

    private final RadioButtonGroup<Answer> persists;
    private final RadioButtonGroup<Answer> onlyOneAgency;
    private final TextField agency;

    ProblemPage(Wizard wizard) {
        super(wizard);
        persists = radio("problemPersists", "problem.persists.label", draft.problemPersists, Answer.YES, Answer.NO,
                Answer.NOT_SURE);
        onlyOneAgency = radio("onlyOneAgencyConduct", "problem.conduct.label", draft.onlyOneAgencyConduct, Answer.YES,
                Answer.NO);
        onlyOneAgency.setHelperText(t("problem.conduct.hint"));
        agency = text("conductAgency", "problem.conductAgency.label", draft.conductAgency,
                ApplicationValidator.OTHER_AGENCY_MAX);
        Div conduct = reveal(draft.onlyOneAgencyConduct == Answer.YES, agency, p("problem.conduct.complaints"));
        conduct.addClassName("warning-text");
        onlyOneAgency.addValueChangeListener(e -> conduct.setVisible(e.getValue() == Answer.YES));
        add(persists, onlyOneAgency, conduct);
    }

    @Override
    String heading() {
        return t("problem.heading");
    }

    @Override
    void store() {
        draft.problemPersists = persists.getValue();
        draft.onlyOneAgencyConduct = onlyOneAgency.getValue();
        draft.conductAgency = agency.getValue();
    }
}
