package org.casereview.portal.apply;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ConsentMethod;
import org.casereview.application.Relationship;

/**
 * Who is applying: the victim; someone for a victim (how they know them, and how the victim agreed); one person for a
 * group (its name, and how its members agreed: each member is added on the next page); or for a business or
 * community group that is itself the victim.
 */
class WhoIsApplyingPage extends StepPage {

    private final RadioButtonGroup<ApplicantType> type;
    private final RadioButtonGroup<Relationship> relationship;
    private final TextField relationshipOther;
    private final Checkbox victimConsented;
    private final RadioButtonGroup<ConsentMethod> consentMethod;
    private final TextField consentDetails;
    private final TextField groupName;

    WhoIsApplyingPage(Wizard wizard) {
        super(wizard);
        type = radio("applicantType", "who.label", draft.applicantType, ApplicantType.values());
        type.setHelperText(t("who.hint"));

        relationship = radio("relationship", "who.relationship.label", draft.relationship, Relationship.values());
        relationshipOther = text("relationshipOther", "who.relationshipOther.label", draft.relationshipOther,
                ApplicationValidator.SHORT_TEXT_MAX);
        Div otherRelationship = reveal(draft.relationship == Relationship.OTHER, relationshipOther);
        relationship.addValueChangeListener(e -> otherRelationship.setVisible(e.getValue() == Relationship.OTHER));
        victimConsented = check("victimConsented", "who.victimConsented.label", draft.victimConsented);

        consentMethod = radio("consentMethod", "who.consentMethod.label", draft.consentMethod, ConsentMethod.values());
        consentDetails = text("consentDetails", "who.consentDetails.label", draft.consentDetails,
                ApplicationValidator.LOCATION_MAX);
        Div otherMethod = reveal(draft.consentMethod == ConsentMethod.OTHER, consentDetails);
        consentMethod.addValueChangeListener(e -> otherMethod.setVisible(e.getValue() == ConsentMethod.OTHER));

        groupName = text("groupName", "who.groupName.label", draft.groupName, ApplicationValidator.NAME_MAX);
        groupName.setHelperText(t("who.groupName.hint"));

        // One conditional area under the answers, holding the follow-up questions for the answer chosen.
        Div forVictim = new Div(relationship, otherRelationship, victimConsented);
        Div forGroup = new Div(groupName, p("who.group.members-next"));
        Div consent = new Div(consentMethod, otherMethod);
        Div business = new Div(p("who.business.next"));
        Div conditional = reveal(false, forVictim, forGroup, consent, business);
        Runnable showFor = () -> {
            ApplicantType chosen = type.getValue();
            forVictim.setVisible(chosen == ApplicantType.ON_BEHALF_OF_VICTIM);
            forGroup.setVisible(chosen == ApplicantType.ON_BEHALF_OF_GROUP);
            consent.setVisible(chosen == ApplicantType.ON_BEHALF_OF_VICTIM || chosen == ApplicantType.ON_BEHALF_OF_GROUP);
            consentMethod.setLabel(t(chosen == ApplicantType.ON_BEHALF_OF_GROUP
                    ? "who.consentMethod.group.label" : "who.consentMethod.label"));
            business.setVisible(chosen == ApplicantType.BUSINESS_OR_GROUP);
            conditional.setVisible(chosen != null && chosen != ApplicantType.VICTIM);
        };
        showFor.run();
        type.addValueChangeListener(e -> showFor.run());
        add(type, conditional);
    }

    @Override
    String heading() {
        return t("who.heading");
    }

    @Override
    void store() {
        draft.applicantType = type.getValue();
        draft.relationship = relationship.getValue();
        draft.relationshipOther = relationshipOther.getValue();
        draft.victimConsented = victimConsented.getValue();
        draft.consentMethod = consentMethod.getValue();
        draft.consentDetails = consentDetails.getValue();
        draft.groupName = groupName.getValue();
    }
}
