package org.casereview.portal.apply;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.casereview.partnership.Partnership;

/**
 * Consent to share with the partner agencies (no consent, no case review: "I do not agree" explains the
 * alternatives and stops) and the declaration that the information is true.
 */
class ConsentPage extends StepPage {

    private final Checkbox consent;
    private final Checkbox declaration;

    ConsentPage(Wizard wizard, Runnable refused) {
        super(wizard);
        Partnership partnership = wizard.partnership();
        String unit = partnership == null ? t("consent.the-unit") : t("consent.unit", partnership.getName());
        add(p("consent.intro", unit), p("consent.who"), p("consent.without"));
        consent = check("consentToShare", "consent.label", draft.consentToShare);
        Button doNotAgree = new Button(t("consent.refuse"), e -> {
            store();
            refused.run();
        });
        doNotAgree.setId("consent-refused");
        doNotAgree.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        doNotAgree.addClassName("link-button");
        declaration = check("declaration", "declaration.label", draft.declaration);
        add(consent, new Div(doNotAgree), new H2(t("declaration.heading")), p("declaration.intro"), declaration);
    }

    @Override
    String heading() {
        return t("consent.heading");
    }

    @Override
    void store() {
        draft.consentToShare = consent.getValue();
        draft.declaration = declaration.getValue();
    }
}
