package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** Checks of what staff type, with messages that say what is wrong. */
final class Text {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Text() {
    }

    static String required(@Nullable String text, int max, String what) {
        String value = optional(text, max, what);
        if (value == null) {
            throw new ActionRefusedException("Enter " + what);
        }
        return value;
    }

    static @Nullable String optional(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new ActionRefusedException(capitalised(what) + " must be " + max + " characters or fewer");
        }
        return stripped;
    }

    static @Nullable String email(@Nullable String text) {
        String value = optional(text, 254, "the e-mail address");
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new ActionRefusedException("Enter the e-mail address in the right format, like name@example.com");
        }
        return value;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
