package org.casereview.staff;

import org.casereview.ActionRefusedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Temporary passwords administrators hand out, and the rule every password a member of staff chooses must pass. The
 * rule follows the NCSC's password guidance: length rather than composition (no "one capital, one digit, one
 * symbol"), a generous maximum so that passphrases and password managers work, a deny-list of the passwords seen most
 * often in leaks (and their predictable variations), and no forced expiry.
 */
final class Passwords {

    static final int MINIMUM_LENGTH = 12;
    /** Generous for passphrases and password managers; the hash (PBKDF2) has no length limit of its own. */
    static final int MAXIMUM_LENGTH = 256;
    /** No 0/o, 1/l/i: read out over the phone or copied from a screen without mistakes. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Words that belong to this service: the first guesses of anyone who knows what the system is. */
    private static final Set<String> SERVICE_WORDS = Set.of("casereview", "communitytrigger", "asbcasereview",
            "antisocialbehaviour", "antisocial", "community", "council", "welcome", "changeme", "demopassword",
            "backoffice");
    private static final Set<String> COMMON = load("common-passwords.txt");

    private Passwords() {
    }

    /** Three groups of four, about 59 bits: "k7mf-29xq-hv4c". It must be changed at the next sign-in. */
    static String temporary() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Refuses a password that is too short, too long, contains the username, or is a common password (or one with
     * digits or symbols added around it, letters swapped for look-alike digits, or a few characters repeated).
     *
     * @throws ActionRefusedException with a message that says what to do instead, never the password itself
     */
    static void check(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            throw new ActionRefusedException("Choose a password of at least " + MINIMUM_LENGTH + " characters. "
                    + "Three random words you will remember work well.");
        }
        if (length > MAXIMUM_LENGTH) {
            throw new ActionRefusedException("Choose a password of at most " + MAXIMUM_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.strip().isEmpty() || lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new ActionRefusedException("Choose a password that does not contain your username");
        }
        if (isCommon(password)) {
            throw new ActionRefusedException("That password is one of the most commonly used, or a small change "
                    + "to one, so it is easy to guess. Choose another: three random words you will remember work "
                    + "well.");
        }
        if (repeats(lower) || isRun(lower)) {
            throw new ActionRefusedException("Choose a password that is not the same few characters repeated or a "
                    + "run such as 123456789012");
        }
    }

    /**
     * Whether the password is on the deny-list, or is a listed password with digits or symbols added before or after
     * it ("Password2024!"), spaces or dots inside it, or look-alike digits for letters ("p@ssw0rd").
     */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT).strip();
        if (listed(lower)) {
            return true;
        }
        String compact = lower.replaceAll("[\\s._-]+", "");
        int start = 0;
        while (start < compact.length() && !Character.isLetter(compact.charAt(start))) {
            start++;
        }
        int end = compact.length();
        while (end > start && !Character.isLetter(compact.charAt(end - 1))) {
            end--;
        }
        String inner = compact.substring(start, end);
        for (String word : List.of(inner, unLeet(inner, 'i'), unLeet(inner, 'l'))) {
            // The word with none, some or all of the digits and symbols around it: "trustno1" in "Trustno1 2025".
            for (int from = 0; from <= start; from++) {
                for (int to = end; to <= compact.length(); to++) {
                    if (listed(compact.substring(from, start) + word + compact.substring(end, to))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean listed(String candidate) {
        return COMMON.contains(candidate) || SERVICE_WORDS.contains(candidate);
    }

    /** "p@ssw0rd" read as "password"; a 1 may stand for an i or an l. */
    private static String unLeet(String text, char one) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1', '!' -> one;
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** "abcabcabcabc", "aaaaaaaaaaaa": a unit of up to four characters, repeated. */
    private static boolean repeats(String password) {
        for (int unit = 1; unit <= 4; unit++) {
            if (password.length() % unit == 0 && password.substring(0, unit).repeat(password.length() / unit)
                    .equals(password)) {
                return true;
            }
        }
        return false;
    }

    /** "123456789012", "987654321098", "abcdefghijkl": each character one on from the last. */
    private static boolean isRun(String password) {
        int step = password.charAt(1) - password.charAt(0);
        if (Math.abs(step) != 1 && !(Character.isDigit(password.charAt(0)) && Math.abs(step) == 9)) {
            return false;
        }
        for (int i = 1; i < password.length(); i++) {
            int difference = password.charAt(i) - password.charAt(i - 1);
            boolean digits = Character.isDigit(password.charAt(i)) && Character.isDigit(password.charAt(i - 1));
            boolean next = difference == step || (digits && Math.floorMod(difference, 10) == Math.floorMod(step, 10));
            if (!next) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>(16_000);
        try (InputStream in = Objects.requireNonNull(Passwords.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
        return Set.copyOf(passwords);
    }
}
