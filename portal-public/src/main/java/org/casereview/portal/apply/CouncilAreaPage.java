package org.casereview.portal.apply;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.casereview.partnership.Partnership;

/** The partnership: the rest of the form uses its threshold, wording and contact details. */
class CouncilAreaPage extends StepPage {

    private final RadioButtonGroup<Partnership> area;

    CouncilAreaPage(Wizard wizard) {
        super(wizard);
        area = new RadioButtonGroup<>(t("council-area.label"));
        area.setId("partnership");
        area.setItems(wizard.councilAreas());
        area.setItemLabelGenerator(p -> t("council-area.item", p.getName(), p.getCounty()));
        area.addClassName("stacked");
        area.setHelperText(t("council-area.hint"));
        area.setManualValidation(true);
        wizard.councilAreas().stream().filter(p -> p.getCode().equals(draft.partnershipCode)).findFirst()
                .ifPresent(area::setValue);
        fields.put("partnership", area);
        add(area);
    }

    @Override
    String heading() {
        return t("council-area.heading");
    }

    @Override
    void store() {
        Partnership chosen = area.getValue();
        draft.partnershipCode = chosen == null ? null : chosen.getCode();
    }
}
