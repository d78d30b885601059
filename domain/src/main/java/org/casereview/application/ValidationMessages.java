package org.casereview.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The validation messages, from {@code org/casereview/application/ValidationMessages*.properties}: a translation
 * (such as {@code ValidationMessages_cy.properties} for Welsh) is a new file, not a code change. As with Vaadin's
 * translations, a message with arguments goes through {@link MessageFormat}, so its apostrophes are doubled.
 */
public final class ValidationMessages {

    static final String BUNDLE = "org.casereview.application.ValidationMessages";

    /**
     * The messages for a member of staff taking an application down (by phone, from a letter): "Enter the
     * applicant's full name" where the resident reads "Enter your full name". The same checks; only the words that
     * speak to the applicant differ ({@code ValidationMessages_en_GB_staff.properties}), every other message is the
     * base file's.
     */
    public static final Locale STAFF = Locale.of("en", "GB", "staff");
    /** Ask for the locale's own file, then the base (English) file; never the server's default locale's file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private ValidationMessages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No validation message " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
