package org.casereview.portal.apply;

import org.casereview.application.ApplicantType;
import org.casereview.application.ValidationProblem;

import java.util.List;

/** The victim's details when someone applies for them, or the business or group's when it is the victim. */
class VictimPage extends StepPage {

    private final PersonFields person;
    private final boolean organisation;

    VictimPage(Wizard wizard) {
        super(wizard);
        organisation = draft.applicantType == ApplicantType.BUSINESS_OR_GROUP;
        String labels = organisation ? "organisation" : "victim";
        add(p(labels + ".intro"));
        person = new PersonFields(this, "victim", labels, draft.victim, !organisation);
        person.addTo(this);
    }

    @Override
    String heading() {
        return t(organisation ? "organisation.heading" : "victim.heading");
    }

    @Override
    void store() {
        person.storeIn(draft.victim);
    }

    @Override
    List<ValidationProblem> pageProblems() {
        return person.dateOfBirth == null ? List.of() : unparsable(person.dateOfBirth);
    }
}
