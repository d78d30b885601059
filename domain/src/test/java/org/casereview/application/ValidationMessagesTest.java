package org.casereview.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle's apostrophes survive {@link MessageFormat}: doubled where a message has arguments, single elsewhere. */
class ValidationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ValidationMessages.properties", "ValidationMessages_en_GB_staff.properties"})
    void apostrophes_are_written_for_the_way_each_message_is_formatted(String file) throws Exception {
        Properties messages = load(file);
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
    void the_staff_words_replace_messages_the_base_file_has_and_the_rest_come_from_it() throws Exception {
        Properties base = load("ValidationMessages.properties");
        Properties staff = load("ValidationMessages_en_GB_staff.properties");
        assertThat(base.keySet()).containsAll(staff.keySet());
        assertThat(ValidationMessages.get(ValidationMessages.STAFF, "name.required.applicant"))
                .isEqualTo("Enter the applicant's full name. Anonymous applications are not accepted");
        assertThat(ValidationMessages.get(ValidationMessages.STAFF, "email.format"))
                .isEqualTo(ValidationMessages.get(Locale.UK, "email.format"));
        assertThat(ValidationMessages.get(ValidationMessages.STAFF, "name.tooLong.applicant", 200))
                .isEqualTo("The applicant's full name must be 200 characters or fewer");
    }

    private Properties load(String file) throws java.io.IOException {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/org/casereview/application/" + file)) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return messages;
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
