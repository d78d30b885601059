package org.casereview.portal.apply;

import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ValidationProblem;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The applicant's own details: a name and at least one way to reach them (nobody applies anonymously). */
class ApplicantPage extends StepPage {

    private final PersonFields person;
    private final @Nullable TextField role;

    ApplicantPage(Wizard wizard) {
        super(wizard);
        add(p(draft.victimApplying() ? "applicant.intro.victim" : "applicant.intro.other"));
        person = new PersonFields(this, "", "applicant", draft.applicant, true);
        person.email.setHelperText(t("applicant.email.hint"));
        person.addTo(this);
        if (draft.applicantType == ApplicantType.BUSINESS_OR_GROUP) {
            role = text("applicantRole", "applicant.role.label", draft.applicantRole,
                    ApplicationValidator.SHORT_TEXT_MAX);
            role.setHelperText(t("applicant.role.hint"));
            add(role);
        } else {
            role = null;
        }
    }

    @Override
    String heading() {
        return t("applicant.heading");
    }

    @Override
    void store() {
        person.storeIn(draft.applicant);
        if (role != null) {
            draft.applicantRole = role.getValue();
        }
    }

    @Override
    List<ValidationProblem> pageProblems() {
        return person.dateOfBirth == null ? List.of() : unparsable(person.dateOfBirth);
    }
}
