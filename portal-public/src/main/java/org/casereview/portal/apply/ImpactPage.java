package org.casereview.portal.apply;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.casereview.application.Answer;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ImpactArea;
import org.casereview.partnership.Partnership;

import java.util.LinkedHashSet;

/** How the behaviour affects the victim and household; the answers feed the officer's risk assessment. */
class ImpactPage extends StepPage {

    private final String who;
    private final CheckboxGroup<ImpactArea> areas;
    private final TextArea description;
    private final RadioButtonGroup<Answer> disability;
    private final TextArea vulnerability;
    private final RadioButtonGroup<Answer> targeted;
    private final TextArea targetedDetails;
    private final RadioButtonGroup<Answer> otherHouseholds;

    ImpactPage(Wizard wizard) {
        super(wizard);
        who = affected(draft);
        add(p("impact.intro" + who));
        areas = checks("impactAreas", "impact.areas.label" + who, draft.impactAreas, ImpactArea.values());
        areas.setHelperText(t("hint.select-all"));
        description = area("impactDescription", "impact.description.label" + who, draft.impactDescription,
                ApplicationValidator.DESCRIPTION_MAX);
        disability = radio("disabilityOrIllness", "impact.disability.label" + who, draft.disabilityOrIllness,
                Answer.YES, Answer.NO, Answer.PREFER_NOT_TO_SAY);
        vulnerability = area("vulnerabilityDetails", "impact.vulnerability.label", draft.vulnerabilityDetails,
                ApplicationValidator.DETAILS_MAX);
        vulnerability.setHelperText(t("impact.vulnerability.hint"));
        Div disabilityMore = reveal(draft.disabilityOrIllness == Answer.YES, vulnerability);
        disability.addValueChangeListener(e -> disabilityMore.setVisible(e.getValue() == Answer.YES));
        targeted = radio("feelsTargeted", "impact.targeted.label" + who, draft.feelsTargeted, Answer.YES, Answer.NO,
                Answer.NOT_SURE);
        targeted.setHelperText(t("impact.targeted.hint"));
        targetedDetails = area("targetedDetails", "impact.targetedDetails.label", draft.targetedDetails,
                ApplicationValidator.DETAILS_MAX);
        Partnership partnership = wizard.partnership();
        Div targetedMore = reveal(draft.feelsTargeted == Answer.YES, targetedDetails);
        if (partnership != null) {
            targetedMore.add(p("impact.hate-crime", partnership.getHateCrimeLine()));
        }
        targeted.addValueChangeListener(e -> targetedMore.setVisible(e.getValue() == Answer.YES));
        otherHouseholds = radio("otherHouseholdsAffected", "impact.otherHouseholds.label",
                draft.otherHouseholdsAffected, Answer.YES, Answer.NO, Answer.NOT_SURE);
        add(areas, description, disability, disabilityMore, targeted, targetedMore, otherHouseholds);
    }

    /**
     * Who the questions are about, as the suffix of their words: {@code .self} (the victim applying), {@code .other}
     * (a victim someone applies for), {@code .group} (the people in a group) or {@code .organisation} (a business or
     * community group that is the victim).
     */
    static String affected(ApplicationDraft draft) {
        if (draft.victimApplying()) {
            return ".self";
        }
        return switch (draft.applicantType) {
            case ON_BEHALF_OF_GROUP -> ".group";
            case BUSINESS_OR_GROUP -> ".organisation";
            default -> ".other";
        };
    }

    @Override
    String heading() {
        return t("impact.heading" + who);
    }

    @Override
    void store() {
        draft.impactAreas = new LinkedHashSet<>(areas.getValue());
        draft.impactDescription = description.getValue();
        draft.disabilityOrIllness = disability.getValue();
        draft.vulnerabilityDetails = vulnerability.getValue();
        draft.feelsTargeted = targeted.getValue();
        draft.targetedDetails = targetedDetails.getValue();
        draft.otherHouseholdsAffected = otherHouseholds.getValue();
    }
}
