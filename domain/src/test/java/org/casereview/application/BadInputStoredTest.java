package org.casereview.application;

import org.casereview.drafts.DraftService;
import org.casereview.drafts.DraftSaved;
import org.casereview.drafts.SavedDraftReceipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input in every answer in words, through the services to MariaDB and back: each application is either refused
 * with the reasons or stored with clean text, never an error of the service's own; a draft is saved or refused
 * likewise and comes back as it was saved.
 */
@SpringBootTest
@RecordApplicationEvents
class BadInputStoredTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    DraftService drafts;
    @Autowired
    ApplicationEvents events;

    /** Every String a stored case shows, read through its getters. */
    static List<String> texts(Object entity) {
        List<String> texts = new ArrayList<>();
        for (Method getter : entity.getClass().getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getReturnType() == String.class
                    && getter.getName().startsWith("get")) {
                try {
                    Object value = getter.invoke(entity);
                    if (value != null) {
                        texts.add(getter.getName() + "=" + value);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return texts;
    }

    @Test
    void every_field_of_every_kind_of_application_is_refused_with_reasons_or_stored_clean() {
        List<String> wrong = new ArrayList<>();
        int stored = 0;
        int refused = 0;
        for (NewApplication kind : BadInputTest.everyKind()) {
            for (String path : BadInput.textPaths(kind)) {
                for (String input : BadInput.SAMPLES) {
                    NewApplication application = BadInput.with(kind, path, input);
                    try {
                        String reference = applications.submit(application, "Applicant (online)").reference();
                        stored++;
                        Application saved = applications.byReference(reference).orElseThrow();
                        List<String> texts = new ArrayList<>(texts(saved));
                        saved.getIncidents().forEach(incident -> texts.addAll(texts(incident)));
                        saved.getGroupMembers().forEach(member -> texts.addAll(texts(member)));
                        texts.stream().filter(text -> !BadInput.clean(text))
                                .forEach(text -> wrong.add(path + " stored " + text));
                    } catch (InvalidApplicationException e) {
                        refused++;
                        if (e.problems().isEmpty()) {
                            wrong.add(path + " refused without a reason");
                        }
                    } catch (RuntimeException e) {
                        wrong.add(path + " with " + input.length() + " characters: " + e);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        // Both outcomes happen: long and empty answers are refused, the rest stored once cleaned.
        assertThat(stored).isGreaterThan(100);
        assertThat(refused).isGreaterThan(50);
    }

    @Test
    void a_draft_with_bad_answers_or_address_is_saved_clean_or_refused_with_reasons() {
        List<String> wrong = new ArrayList<>();
        for (String input : BadInput.SAMPLES) {
            try {
                drafts.save(null, input, "{}", "sevenoaks", Locale.UK);
                wrong.add("saved a draft for the address " + input);
            } catch (InvalidApplicationException e) {
                assertThat(e.problems()).isNotEmpty();
            }
            String answers = "{\"name\":\"" + input.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            SavedDraftReceipt receipt = drafts.save(null, "draft@example.org", answers, "sevenoaks", Locale.UK);
            assertThat(receipt.draftId()).isPositive();
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_draft_comes_back_as_saved_with_emoji_and_right_to_left_text_and_without_control_characters() {
        String answers = "{\"name\":\"👩🏽‍🦰 Zoë\u0007 \u202Eسارة\",\"description\":\"<b>two</b>\\nlines\"}";
        drafts.save(null, "resume@example.org", answers, "sevenoaks", Locale.UK);
        String token = events.stream(DraftSaved.class).reduce((first, second) -> second).orElseThrow().token();

        assertThat(drafts.resume(token)).hasValueSatisfying(resumed -> assertThat(resumed.answers())
                .isEqualTo("{\"name\":\"👩🏽‍🦰 Zoë سارة\",\"description\":\"<b>two</b>\\nlines\"}"));
    }
}
