package org.casereview.portal.apply;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.casereview.application.ApplicationThreshold;
import org.casereview.partnership.Partnership;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdWording;

/**
 * The domain's threshold check on what the resident has entered so far, in its own plain English. It guides and
 * never blocks: the unit decides, and may still accept a case below the threshold.
 */
final class ThresholdGuidance extends Div {

    ThresholdGuidance(Partnership partnership, ApplicationDraft draft, java.time.LocalDate today, StepPage page) {
        setId("threshold-guidance");
        addClassName("guidance");
        // Announced when it changes (a polite live region), without moving focus.
        getElement().setAttribute("role", "status");
        ThresholdAssessment assessment = ApplicationThreshold.assess(partnership.policy(), draft.incidents,
                draft.circumstances(), today);
        add(new H2(page.t("guidance.heading", partnership.getName())));
        ThresholdWording.residentParagraphs(assessment).forEach(text -> add(new Paragraph(text)));
        add(new Paragraph(page.t("guidance.only-a-guide")));
    }
}
