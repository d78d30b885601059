package org.casereview.applicantaccess;

import org.casereview.TestCases;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ways an applicant proves a case is theirs, on the real MariaDB, with the default settings. */
@SpringBootTest
@RecordApplicationEvents
class ApplicantAccessTest {

    @Autowired
    ApplicantAccess access;
    @Autowired
    AccessCodes accessCodes;
    @Autowired
    AccessSettings settings;
    @Autowired
    TestCases cases;
    @Autowired
    CaseHistory history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    /** Each test its own client address, so that one test's requests do not count against another's. */
    private final String client = "client-" + UUID.randomUUID();

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private Application applicant() {
        return cases.apply("tonbridge-malling", Channel.ONLINE, "robin." + UUID.randomUUID() + "@example.org",
                "Robin Resident", 20, 10);
    }

    private String codeSentTo(String email) {
        return events.stream(SecurityCodeRequested.class).filter(sent -> sent.email().equals(email))
                .reduce((first, second) -> second).orElseThrow().code();
    }

    /** A code asked for with the application's own e-mail address, and the code as the e-mail carries it. */
    private record Asked(String challenge, String code) {
    }

    private Asked ask(Application application) {
        ApplicantAccess.CodeRequest request = access.requestSecurityCode(application.getReference(),
                application.getApplicantEmail(), client);
        return new Asked(request.challenge(), codeSentTo(application.getApplicantEmail()));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void the_right_code_opens_the_case_once() {
        Application application = applicant();
        ApplicantAccess.CodeRequest request = access.requestSecurityCode(application.getReference(),
                " " + application.getApplicantEmail().toUpperCase() + " ", client);
        assertThat(request.limited()).isFalse();
        String code = codeSentTo(application.getApplicantEmail());
        assertThat(code).matches("\\d{6}");
        SecurityCodeRequested sent = events.stream(SecurityCodeRequested.class).reduce((a, b) -> b).orElseThrow();
        assertThat(sent.applicationId()).isEqualTo(application.getId());
        assertThat(sent.validFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(sent.toString()).doesNotContain(code).doesNotContain(application.getApplicantEmail());

        ApplicantAccess.CodeEntry entry = access.enterSecurityCode(request.challenge(), code.substring(0, 3) + " "
                + code.substring(3));

        assertThat(entry.outcome()).isEqualTo(ApplicantAccess.CodeEntry.Outcome.OPENED);
        assertThat(entry.pass().applicationId()).isEqualTo(application.getId());
        assertThat(entry.pass().reference()).isEqualTo(application.getReference());
        assertThat(history.of(application.getId())).extracting(CaseEvent::getKind).contains("APPLICANT_SIGNED_IN");
        // Used: the same code does not open it again.
        assertThat(access.enterSecurityCode(request.challenge(), code).outcome())
                .isEqualTo(ApplicantAccess.CodeEntry.Outcome.ENDED);
    }

    @Test
    void only_a_keyed_hash_of_the_code_is_stored() {
        Application application = applicant();
        Asked request = ask(application);
        String code = request.code();

        String stored = jdbc.queryForObject("SELECT code_hash FROM security_code_challenge WHERE handle = ?",
                String.class, request.challenge());
        assertThat(stored).hasSize(64).doesNotContain(code);
        assertThat(stored).isNotEqualTo(Codes.accessCodeHash(0, code));
    }

    @Test
    void the_phone_number_on_the_application_sends_the_code_to_its_e_mail_address() {
        Application application = applicant();
        ApplicantAccess.CodeRequest request = access.requestSecurityCode(application.getReference().toLowerCase()
                .replace("-", " "), "+44 1632 960123", client);

        String code = codeSentTo(application.getApplicantEmail());
        assertThat(access.enterSecurityCode(request.challenge(), code).outcome())
                .isEqualTo(ApplicantAccess.CodeEntry.Outcome.OPENED);
    }

    @Test
    void a_wrong_code_says_how_many_tries_are_left_and_too_many_void_the_code() {
        Application application = applicant();
        Asked request = ask(application);
        String code = request.code();

        ApplicantAccess.CodeEntry first = access.enterSecurityCode(request.challenge(), wrong(code));
        assertThat(first.outcome()).isEqualTo(ApplicantAccess.CodeEntry.Outcome.WRONG);
        assertThat(first.triesLeft()).isEqualTo(4);
        assertThat(access.enterSecurityCode(request.challenge(), "abc").triesLeft()).isEqualTo(3);
        access.enterSecurityCode(request.challenge(), wrong(code));
        access.enterSecurityCode(request.challenge(), wrong(code));
        assertThat(access.enterSecurityCode(request.challenge(), wrong(code)).outcome())
                .isEqualTo(ApplicantAccess.CodeEntry.Outcome.TOO_MANY_TRIES);

        assertThat(access.enterSecurityCode(request.challenge(), code).outcome())
                .isEqualTo(ApplicantAccess.CodeEntry.Outcome.ENDED);
    }

    @Test
    void an_expired_code_does_not_open_the_case() {
        Application application = applicant();
        Asked request = ask(application);
        String code = request.code();
        Instant expires = jdbc.queryForObject("SELECT expires_at FROM security_code_challenge WHERE handle = ?",
                java.sql.Timestamp.class, request.challenge()).toInstant();
        Instant created = jdbc.queryForObject("SELECT created_at FROM security_code_challenge WHERE handle = ?",
                java.sql.Timestamp.class, request.challenge()).toInstant();
        assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofMinutes(15));

        jdbc.update("UPDATE security_code_challenge SET expires_at = ? WHERE handle = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), request.challenge());

        assertThat(access.enterSecurityCode(request.challenge(), code).outcome())
                .isEqualTo(ApplicantAccess.CodeEntry.Outcome.ENDED);
        assertThat(access.enterSecurityCode("no-such-request", code).outcome())
                .isEqualTo(ApplicantAccess.CodeEntry.Outcome.ENDED);
    }

    @Test
    void an_unknown_reference_and_a_wrong_address_get_the_same_answer_as_a_right_one_and_nothing_is_sent() {
        Application application = applicant();
        long before = events.stream(SecurityCodeRequested.class).count();

        long started = System.nanoTime();
        ApplicantAccess.CodeRequest unknown = access.requestSecurityCode("CT-2099-99999",
                application.getApplicantEmail(), client);
        Duration unknownTook = Duration.ofNanos(System.nanoTime() - started);
        ApplicantAccess.CodeRequest wrongAddress = access.requestSecurityCode(application.getReference(),
                "someone.else@example.org", client);
        ApplicantAccess.CodeRequest wrongPhone = access.requestSecurityCode(application.getReference(),
                "07700 900999", client);
        assertThat(events.stream(SecurityCodeRequested.class).count()).isEqualTo(before);
        started = System.nanoTime();
        ApplicantAccess.CodeRequest right = access.requestSecurityCode(application.getReference(),
                application.getApplicantEmail(), client);
        Duration rightTook = Duration.ofNanos(System.nanoTime() - started);
        assertThat(events.stream(SecurityCodeRequested.class).count()).isEqualTo(before + 1);

        for (ApplicantAccess.CodeRequest request : java.util.List.of(unknown, wrongAddress, wrongPhone, right)) {
            assertThat(request.limited()).isFalse();
            assertThat(request.challenge()).hasSize(22);
        }
        // Each is a stored request, and takes tries the same way; none that matched nothing ever opens.
        for (ApplicantAccess.CodeRequest request : java.util.List.of(unknown, wrongAddress, wrongPhone, right)) {
            ApplicantAccess.CodeEntry entry = access.enterSecurityCode(request.challenge(), "123456");
            assertThat(entry.outcome()).isIn(ApplicantAccess.CodeEntry.Outcome.WRONG,
                    ApplicantAccess.CodeEntry.Outcome.OPENED);
            if (request != right) {
                assertThat(entry.outcome()).isEqualTo(ApplicantAccess.CodeEntry.Outcome.WRONG);
                assertThat(entry.triesLeft()).isEqualTo(settings.codeAttempts() - 1);
            }
        }
        // Both took at least the minimum answer time, so the time taken does not tell them apart.
        assertThat(unknownTook).isGreaterThanOrEqualTo(settings.minimumAnswerTime());
        assertThat(rightTook).isGreaterThanOrEqualTo(settings.minimumAnswerTime());
    }

    @Test
    void code_requests_are_limited_per_reference_whether_or_not_it_exists() {
        Application application = applicant();
        for (int i = 0; i < settings.referenceLimit(); i++) {
            // Different client addresses: the limit is the reference's.
            assertThat(access.requestSecurityCode(application.getReference(), "x" + i + "@example.org",
                    client + "-" + i).limited()).isFalse();
        }
        assertThat(access.requestSecurityCode(application.getReference(), application.getApplicantEmail(),
                client + "-other").limited()).isTrue();
        assertThat(access.requestSecurityCode(application.getReference().toLowerCase(),
                application.getApplicantEmail(), client + "-again").limited()).isTrue();

        String unknown = "CT-2099-" + (10_000 + Math.abs(UUID.randomUUID().hashCode() % 89_999));
        for (int i = 0; i < settings.referenceLimit(); i++) {
            access.requestSecurityCode(unknown, "x@example.org", client + "-u" + i);
        }
        assertThat(access.requestSecurityCode(unknown, "x@example.org", client + "-u").limited()).isTrue();
    }

    @Test
    void code_requests_are_limited_per_client_address() {
        for (int i = 0; i < settings.clientLimit(); i++) {
            assertThat(access.requestSecurityCode("CT-2098-" + (10_000 + i), "x@example.org", client).limited())
                    .isFalse();
        }
        assertThat(access.requestSecurityCode("CT-2098-20000", "x@example.org", client).limited()).isTrue();
        assertThat(access.requestSecurityCode("CT-2098-20000", "x@example.org", client + "-elsewhere").limited())
                .isFalse();
    }

    @Test
    void an_access_code_given_by_staff_opens_the_case_and_a_new_one_replaces_it() {
        Application application = cases.apply("sevenoaks", Channel.PHONE, null, "Pat Phone", 20, 10);
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        AccessCodes.IssuedAccessCode issued = accessCodes.issue(application.getId());
        TestCases.signOut();
        assertThat(issued.code()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(issued.toString()).doesNotContain(issued.code());
        String stored = jdbc.queryForObject("SELECT code_hash FROM applicant_access_code WHERE application_id = ?",
                String.class, application.getId());
        assertThat(stored).hasSize(64).doesNotContain(issued.code().replace("-", ""));

        ApplicantAccess.AccessCodeEntry opened = access.openWithAccessCode(application.getReference(),
                issued.code().toLowerCase().replace("-", " "), client);
        assertThat(opened.outcome()).isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.OPENED);
        assertThat(opened.pass().applicationId()).isEqualTo(application.getId());

        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        AccessCodes.IssuedAccessCode again = accessCodes.issue(application.getId());
        TestCases.signOut();
        assertThat(again.replacedEarlier()).isTrue();
        assertThat(access.openWithAccessCode(application.getReference(), issued.code(), client).outcome())
                .isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.WRONG);
        assertThat(access.openWithAccessCode(application.getReference(), again.code(), client).outcome())
                .isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.OPENED);
        assertThat(history.of(application.getId())).extracting(CaseEvent::getDescription)
                .contains("Access code given for the portal",
                        "New access code given for the portal; the earlier one no longer works")
                .noneMatch(description -> description.contains(again.code()));
    }

    @Test
    void wrong_access_codes_are_limited_and_then_even_the_right_one_waits() {
        Application application = cases.apply("sevenoaks", Channel.LETTER, null, "Lee Letter", 20, 10);
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        String code = accessCodes.issue(application.getId()).code();
        TestCases.signOut();

        ApplicantAccess.AccessCodeEntry unknown = access.openWithAccessCode("CT-2099-99998", code, client + "-a");
        assertThat(unknown.outcome()).isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.WRONG);
        for (int i = 0; i < settings.referenceLimit(); i++) {
            assertThat(access.openWithAccessCode(application.getReference(), "AAAA-BBBB-CCC" + i, client + "-" + i)
                    .outcome()).isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.WRONG);
        }
        assertThat(access.openWithAccessCode(application.getReference(), code, client + "-b").outcome())
                .isEqualTo(ApplicantAccess.AccessCodeEntry.Outcome.LIMITED);
    }

    @Test
    void only_case_officers_and_managers_give_access_codes_and_only_in_their_partnership() {
        Application application = cases.apply("sevenoaks", Channel.PHONE, null, "Pat Phone", 20, 10);
        cases.signIn("sevenoaks", StaffRole.PANEL_MEMBER);
        assertThatThrownBy(() -> accessCodes.issue(application.getId())).isInstanceOf(AccessDeniedException.class);
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> accessCodes.issue(application.getId()))
                .isInstanceOf(org.casereview.casework.CaseNotFoundException.class);
    }

    @Test
    void a_session_ends_after_the_idle_time_or_when_the_applicant_signs_out() {
        Application application = applicant();
        Asked request = ask(application);
        ApplicantPass pass = access.enterSecurityCode(request.challenge(), request.code()).pass();

        access.confirm(pass);
        assertThat(access.timeLeft(pass)).isGreaterThan(Duration.ofMinutes(19))
                .isLessThanOrEqualTo(Duration.ofMinutes(20));
        pass.activeAt(Instant.now().minus(Duration.ofMinutes(19)));
        access.confirm(pass);
        pass.activeAt(Instant.now().minus(Duration.ofMinutes(20).plusSeconds(1)));
        assertThat(access.timeLeft(pass)).isZero();
        assertThatThrownBy(() -> access.confirm(pass)).isInstanceOf(AccessEndedException.class);
        // Once ended it stays ended, even if something touched it.
        pass.activeAt(Instant.now());
        assertThatThrownBy(() -> access.confirm(pass)).isInstanceOf(AccessEndedException.class);

        Asked again = ask(application);
        ApplicantPass second = access.enterSecurityCode(again.challenge(), again.code()).pass();
        access.signOut(second);
        assertThatThrownBy(() -> access.confirm(second)).isInstanceOf(AccessEndedException.class);
    }

    @Test
    void references_are_read_as_people_type_them() {
        assertThat(ApplicantAccess.normaliseReference(" ct-2026-00042 ")).isEqualTo("CT-2026-00042");
        assertThat(ApplicantAccess.normaliseReference("CT 2026 00042")).isEqualTo("CT-2026-00042");
        assertThat(ApplicantAccess.normaliseReference("ct202600042")).isEqualTo("CT-2026-00042");
        assertThat(ApplicantAccess.normaliseReference("nonsense")).isEqualTo("NONSENSE");
        assertThat(ApplicantAccess.normaliseReference("x".repeat(500))).hasSize(60);
        assertThat(ApplicantAccess.phoneDigits("+44 (0)1632 960123")).isEqualTo("01632960123");
        assertThat(ApplicantAccess.phoneDigits("0044 1632-960-123")).isEqualTo("01632960123");
    }
}
