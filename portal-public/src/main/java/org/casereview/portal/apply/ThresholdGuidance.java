package org.casereview.portal.apply;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.casereview.application.ApplicationThreshold;
import org.casereview.application.BehaviourType;
import org.casereview.application.NewApplication;
import org.casereview.partnership.Partnership;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The domain's threshold check on what the resident has entered so far. It guides and never blocks: the unit decides,
 * and may still accept a case below the threshold. The check says what to tell the resident as message keys
 * ({@code threshold.*}); the words, and the names of problems and organisations in them, come from the portal's
 * message bundle.
 */
final class ThresholdGuidance extends Div {

    ThresholdGuidance(Partnership partnership, ApplicationDraft draft, LocalDate today, StepPage page) {
        setId("threshold-guidance");
        addClassName("guidance");
        // Announced when it changes (a polite live region), without moving focus.
        getElement().setAttribute("role", "status");
        ThresholdAssessment assessment = ApplicationThreshold.assess(partnership.policy(), draft.incidents,
                draft.circumstances(), today, new BundleNames(page));
        add(new H2(page.t("guidance.heading", partnership.getName())));
        for (List<ThresholdWording.Sentence> paragraph : ThresholdWording.residentSentences(assessment)) {
            add(new Paragraph(paragraph.stream().map(sentence -> words(sentence, page))
                    .collect(Collectors.joining(" "))));
        }
        add(new Paragraph(page.t("guidance.only-a-guide")));
    }

    /** A sentence from the threshold check in the portal's words: dates as the page writes them, parts worded first. */
    static String words(ThresholdWording.Sentence sentence, StepPage page) {
        Object[] arguments = sentence.arguments().stream().map(argument -> switch (argument) {
            case ThresholdWording.Sentence part -> words(part, page);
            case LocalDate day -> page.date(day);
            default -> argument;
        }).toArray();
        return page.t(sentence.key(), arguments);
    }

    /** Problems and organisations named as the rest of the form names them. */
    private record BundleNames(StepPage page) implements ApplicationThreshold.Names {

        @Override
        public String problem(@Nullable BehaviourType behaviour, @Nullable Integer report) {
            String kind = behaviour == null ? page.t("guidance.problem.another") : page.label(behaviour);
            return report == null ? kind : page.t("guidance.problem.of-report", kind, report);
        }

        @Override
        public String organisation(NewApplication.NewIncident incident) {
            return page.organisation(incident);
        }
    }
}
