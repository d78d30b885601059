package org.casereview.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static NewApplication.Applicant applicant(String name, String email, String phone, String postcode) {
        return new NewApplication.Applicant(name, postcode == null ? null : "1 High Street", postcode, phone, email);
    }

    static List<String> messages(NewApplication.Applicant applicant) {
        return ApplicationValidator.validateApplicant(applicant).stream().map(ValidationProblem::message).toList();
    }

    @Test
    void nobody_applies_anonymously() {
        assertThat(messages(new NewApplication.Applicant("", null, null, null, null)))
                .containsExactly("Enter your full name",
                        "Give at least one way to contact you: an email address, a phone number or a postal address");
    }

    @ParameterizedTest(name = "phone {0} is accepted: {1}")
    @CsvSource({
            "01632 960001, true", "07700 900982, true", "+44 7700 900982, true", "(01632) 960-001, true",
            "12345, false", "0800 CALL ME, false", "+1 212 555 0100, false"})
    void uk_phone_numbers(String phone, boolean accepted) {
        assertThat(messages(applicant("Sam", null, phone, null)).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "postcode {0} is accepted: {1}")
    @CsvSource({"SW1A 1AA, true", "sw1a1aa, true", "TN9 1AA, true", "M1 1AE, true", "12345, false", "SW1A, false"})
    void postcodes(String postcode, boolean accepted) {
        assertThat(messages(applicant("Sam", "sam@example.org", null, postcode)).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "email {0} is accepted: {1}")
    @CsvSource({"sam@example.org, true", "sam.o'neil@example.co.uk, true", "sam@, false", "sam example.org, false"})
    void email_addresses(String email, boolean accepted) {
        assertThat(messages(applicant("Sam", email, null, null)).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void an_incident_must_be_reported_on_or_after_it_happened_and_not_in_the_future() {
        var reportedBefore = new NewApplication.NewIncident(TODAY.minusDays(2), TODAY.minusDays(3), Agency.COUNCIL,
                null, null, "Graffiti");
        var inFuture = new NewApplication.NewIncident(TODAY.plusDays(1), TODAY.plusDays(1), Agency.COUNCIL,
                null, null, "Graffiti");
        var otherWithoutName = new NewApplication.NewIncident(TODAY, TODAY, Agency.OTHER, " ", null, "Graffiti");

        assertThat(ApplicationValidator.validateIncident(reportedBefore, "", TODAY)).extracting(ValidationProblem::message)
                .containsExactly("The date you reported it must be the same as or after the date it happened");
        assertThat(ApplicationValidator.validateIncident(inFuture, "", TODAY)).extracting(ValidationProblem::field)
                .containsExactly("occurredOn", "reportedOn");
        assertThat(ApplicationValidator.validateIncident(otherWithoutName, "", TODAY)).extracting(ValidationProblem::message)
                .containsExactly("Enter the organisation you reported it to");
    }
}
