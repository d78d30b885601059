package org.casereview.subjectaccess;

import org.casereview.ActionRefusedException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an administrator knows about the person asking: any of their name, e-mail address, phone number and postcode.
 * A case is found if any of them appears where the case holds such a thing.
 */
public record SubjectSearch(@Nullable String name, @Nullable String email, @Nullable String phone,
                            @Nullable String postcode) {

    public SubjectSearch {
        name = clean(name);
        email = clean(email) == null ? null : clean(email).toLowerCase(Locale.ROOT);
        phone = clean(phone);
        postcode = clean(postcode) == null ? null : spaced(clean(postcode).toUpperCase(Locale.ROOT));
    }

    /** "TN92RN" → "TN9 2RN" (a whole postcode, as it is written); part of one stays as it is. */
    private static String spaced(String postcode) {
        String compact = postcode.replace(" ", "");
        return compact.length() >= 5 && compact.length() <= 7
                ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : postcode;
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }

    /** @throws ActionRefusedException saying what to put right, when nothing usable was given */
    void check() {
        List<String> problems = new ArrayList<>();
        if (name == null && email == null && phone == null && postcode == null) {
            throw new ActionRefusedException("Enter at least one of the person's name, e-mail address, phone number "
                    + "or postcode");
        }
        if (name != null && (name.length() < 2 || name.length() > 200)) {
            problems.add("Enter a name of 2 to 200 characters");
        }
        if (email != null && (!email.contains("@") || email.length() > 254)) {
            problems.add("Enter an e-mail address in the correct format, like name@example.com");
        }
        if (phone != null && (phoneDigits().length() < 6 || phone.length() > 40)) {
            problems.add("Enter a phone number with at least 6 digits");
        }
        if (postcode != null && !postcodeCompact().matches("[A-Z0-9]{2,8}")) {
            problems.add("Enter a postcode, like SW1A 1AA, or part of one");
        }
        if (!problems.isEmpty()) {
            throw new ActionRefusedException(String.join(". ", problems));
        }
    }

    /** The last 10 digits (the number without +44 or 0 in front), so 07700 900123 and +44 7700 900123 match. */
    @Nullable String phoneDigits() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    @Nullable String postcodeCompact() {
        return postcode == null ? null : postcode.replace(" ", "");
    }

    /** Which details were given, not what they are: the search terms are personal data and never reach a log. */
    @Override
    public String toString() {
        return "SubjectSearch[name=" + (name != null) + ", email=" + (email != null) + ", phone=" + (phone != null)
                + ", postcode=" + (postcode != null) + "]";
    }

    /** The search in words, as the record of requests shows it: name "Sam Jones", postcode ME19 4LZ. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (name != null) {
            parts.add("name \"" + name + "\"");
        }
        if (email != null) {
            parts.add("e-mail " + email);
        }
        if (phone != null) {
            parts.add("phone " + phone);
        }
        if (postcode != null) {
            parts.add("postcode " + postcode);
        }
        return String.join(", ", parts);
    }
}
