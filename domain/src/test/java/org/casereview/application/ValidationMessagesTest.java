package org.casereview.application;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle's apostrophes survive {@link MessageFormat}: doubled where a message has arguments, single elsewhere. */
class ValidationMessagesTest {

    @Test
    void apostrophes_are_written_for_the_way_each_message_is_formatted() throws Exception {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/org/casereview/application/ValidationMessages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(messages).isNotEmpty();
        messages.forEach((key, value) -> {
            String pattern = (String) value;
            if (pattern.contains("{0")) {
                String formatted = new MessageFormat(pattern, Locale.UK).format(new Object[] {"X", "Y"});
                assertThat(count(formatted)).as(key + ": write ' as '' in a message with {0}")
                        .isEqualTo(count(pattern.replace("''", "'")));
            } else {
                assertThat(pattern).as(key + ": a message without arguments is not formatted").doesNotContain("''");
            }
        });
    }

    @Test
    void a_missing_translation_falls_back_to_english_not_to_the_servers_language() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ValidationMessages.get(Locale.forLanguageTag("cy"), "name.required.applicant"))
                    .isEqualTo("Enter your full name");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static long count(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }
}
