package org.casereview.staff;

import org.casereview.ActionRefusedException;

import java.security.SecureRandom;
import java.util.Locale;

/** Temporary passwords administrators hand out, and the rule every new password must pass. */
final class Passwords {

    static final int MINIMUM_LENGTH = 12;
    /** No 0/o, 1/l/i: read out over the phone or copied from a screen without mistakes. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

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

    static void check(String username, String password) {
        if (password.length() < MINIMUM_LENGTH) {
            throw new ActionRefusedException("Choose a password of at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.strip().isEmpty()
                || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new ActionRefusedException("Choose a password that does not contain your username");
        }
    }
}
