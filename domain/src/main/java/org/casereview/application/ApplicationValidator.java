package org.casereview.application;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks every application passes, whichever way it arrives, with messages in plain English that say how to
 * put each answer right (GOV.UK's error message style). The portal and the back office show these same messages.
 */
public final class ApplicationValidator {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 400;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REFERENCE_MAX = 60;
    public static final int OTHER_AGENCY_MAX = 120;
    public static final int EMAIL_MAX = 254;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern UK_PHONE = Pattern.compile("^(?:\\+44|0044|0)\\d{9,10}$");
    private static final Pattern POSTCODE =
            Pattern.compile("^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$");

    private ApplicationValidator() {
    }

    public static List<ValidationProblem> validate(NewApplication application, LocalDate today) {
        List<ValidationProblem> problems = new ArrayList<>(validateApplicant(application.applicant()));
        if (application.preferredContact() == ContactMethod.EMAIL && isBlank(application.applicant().email())) {
            problems.add(new ValidationProblem("email", "Enter an email address, or choose another way to contact you"));
        }
        if (application.preferredContact() == ContactMethod.PHONE && isBlank(application.applicant().phone())) {
            problems.add(new ValidationProblem("phone", "Enter a phone number, or choose another way to contact you"));
        }
        if (application.preferredContact() == ContactMethod.POST && isBlank(application.applicant().address())) {
            problems.add(new ValidationProblem("address", "Enter an address, or choose another way to contact you"));
        }
        if (application.incidents().isEmpty()) {
            problems.add(new ValidationProblem("incidents", "Add at least one incident you reported"));
        }
        for (int i = 0; i < application.incidents().size(); i++) {
            problems.addAll(validateIncident(application.incidents().get(i), "incidents[" + i + "].", today));
        }
        if (!application.consentToShare()) {
            problems.add(new ValidationProblem("consentToShare",
                    "Confirm that you agree to your information being shared with the partner agencies"));
        }
        return problems;
    }

    /** Nobody applies anonymously: a name and at least one way to reach them, each in a form we can use. */
    public static List<ValidationProblem> validateApplicant(NewApplication.Applicant applicant) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (isBlank(applicant.name())) {
            problems.add(new ValidationProblem("name", "Enter your full name"));
        } else if (applicant.name().strip().length() > NAME_MAX) {
            problems.add(new ValidationProblem("name", "Full name must be " + NAME_MAX + " characters or fewer"));
        }
        if (isBlank(applicant.email()) && isBlank(applicant.phone()) && isBlank(applicant.address())) {
            problems.add(new ValidationProblem("contact",
                    "Give at least one way to contact you: an email address, a phone number or a postal address"));
        }
        String email = applicant.email();
        if (!isBlank(email) && (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(new ValidationProblem("email",
                    "Enter an email address in the correct format, like name@example.com"));
        }
        String phone = applicant.phone();
        if (!isBlank(phone) && !UK_PHONE.matcher(normalisePhone(phone)).matches()) {
            problems.add(new ValidationProblem("phone",
                    "Enter a UK phone number, like 01632 960 001 or 07700 900 982"));
        }
        String address = applicant.address();
        if (!isBlank(address) && address.strip().length() > ADDRESS_MAX) {
            problems.add(new ValidationProblem("address", "Address must be " + ADDRESS_MAX + " characters or fewer"));
        }
        String postcode = applicant.postcode();
        if (!isBlank(postcode) && !POSTCODE.matcher(normalisePostcode(postcode)).matches()) {
            problems.add(new ValidationProblem("postcode", "Enter a real postcode, like SW1A 1AA"));
        }
        if (!isBlank(address) && isBlank(postcode)) {
            problems.add(new ValidationProblem("postcode", "Enter the postcode of your address"));
        }
        return problems;
    }

    public static List<ValidationProblem> validateIncident(NewApplication.NewIncident incident, String prefix,
                                                           LocalDate today) {
        List<ValidationProblem> problems = new ArrayList<>();
        LocalDate occurred = incident.occurredOn();
        LocalDate reported = incident.reportedOn();
        if (occurred == null) {
            problems.add(new ValidationProblem(prefix + "occurredOn", "Enter the date it happened"));
        } else if (occurred.isAfter(today)) {
            problems.add(new ValidationProblem(prefix + "occurredOn", "The date it happened must be today or in the past"));
        }
        if (reported == null) {
            problems.add(new ValidationProblem(prefix + "reportedOn", "Enter the date you reported it"));
        } else if (reported.isAfter(today)) {
            problems.add(new ValidationProblem(prefix + "reportedOn", "The date you reported it must be today or in the past"));
        } else if (occurred != null && reported.isBefore(occurred)) {
            problems.add(new ValidationProblem(prefix + "reportedOn",
                    "The date you reported it must be the same as or after the date it happened"));
        }
        if (incident.reportedTo() == null) {
            problems.add(new ValidationProblem(prefix + "reportedTo", "Select who you reported it to"));
        } else if (incident.reportedTo() == Agency.OTHER && isBlank(incident.reportedToOther())) {
            problems.add(new ValidationProblem(prefix + "reportedToOther", "Enter the organisation you reported it to"));
        }
        if (!isBlank(incident.reportedToOther()) && incident.reportedToOther().strip().length() > OTHER_AGENCY_MAX) {
            problems.add(new ValidationProblem(prefix + "reportedToOther",
                    "Organisation must be " + OTHER_AGENCY_MAX + " characters or fewer"));
        }
        if (!isBlank(incident.agencyReference()) && incident.agencyReference().strip().length() > REFERENCE_MAX) {
            problems.add(new ValidationProblem(prefix + "agencyReference",
                    "Reference number must be " + REFERENCE_MAX + " characters or fewer"));
        }
        if (isBlank(incident.description())) {
            problems.add(new ValidationProblem(prefix + "description", "Describe what happened"));
        } else if (incident.description().strip().length() > DESCRIPTION_MAX) {
            problems.add(new ValidationProblem(prefix + "description",
                    "What happened must be " + DESCRIPTION_MAX + " characters or fewer"));
        }
        return problems;
    }

    static String normalisePhone(String phone) {
        return phone.replaceAll("[\\s()\\-.]", "");
    }

    static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.UK);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
