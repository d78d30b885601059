package org.casereview.staff;

import org.casereview.ActionRefusedException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rule after the NCSC's guidance: length and a deny-list, no composition rules. */
class PasswordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "kettle-orbit-marmalade", "all lower case letters",
            "ALLUPPERCASEWORDS", "tea, toast & marmite", "Ŵyddfa ac Eryri 1085", "my cat sleeps on the boiler"})
    void long_passphrases_pass_without_any_composition_rule(String password) {
        assertThatCode(() -> Passwords.check("dokafor", password)).doesNotThrowAnyException();
    }

    @Test
    void a_password_of_256_characters_passes_and_257_is_too_many() {
        String words = "wood anemone bluebell primrose ".repeat(10);
        assertThatCode(() -> Passwords.check("dokafor", words.substring(0, 256))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Passwords.check("dokafor", words.substring(0, 257)))
                .isInstanceOf(ActionRefusedException.class).hasMessage("Choose a password of at most 256 characters");
    }

    @Test
    void eleven_characters_are_too_few_counted_as_characters_not_bytes() {
        assertThatThrownBy(() -> Passwords.check("dokafor", "eleven char"))
                .isInstanceOf(ActionRefusedException.class).hasMessageStartingWith("Choose a password of at least 12");
        // Twelve characters, some of them outside the basic plane, pass the length rule.
        assertThatCode(() -> Passwords.check("dokafor", "🦊🦊 fox den x9")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop123", "1qaz2wsx3edc", "superman 1234", "Password2024!", "P@ssw0rd123456",
            "sunshine12345", "iloveyou1234!", "Football 2025", "!!liverpool123", "Casereview2026", "welcome-123456",
            "l3tme1n2024!!!", "Trustno1 2025"})
    void common_passwords_and_small_changes_to_them_are_refused(String password) {
        assertThatThrownBy(() -> Passwords.check("dokafor", password))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("most commonly used")
                .message().doesNotContain(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "123412341234", "123456789012", "987654321098",
            "abcdefghijklm"})
    void repeated_characters_and_runs_are_refused(String password) {
        assertThatThrownBy(() -> Passwords.check("dokafor", password)).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void a_password_containing_the_username_is_refused_whatever_the_case() {
        assertThatThrownBy(() -> Passwords.check("dokafor", "my name is DOkafor, hello"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("does not contain your username");
    }

    @RepeatedTest(20)
    void the_temporary_passwords_administrators_hand_out_pass_the_rule() {
        assertThatCode(() -> Passwords.check("dokafor", Passwords.temporary())).doesNotThrowAnyException();
    }
}
