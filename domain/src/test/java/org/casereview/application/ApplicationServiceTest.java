package org.casereview.application;

import org.casereview.history.CaseHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApplicationServiceTest {

    @Autowired
    ApplicationService service;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    CaseHistory history;

    static NewApplication application(String partnership, String email, String key) {
        LocalDate today = LocalDate.now(org.casereview.DomainConfiguration.UK);
        return new NewApplication(partnership, Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Alex Example", "1 High Street, Tonbridge", "tn9 1aa", "01632 960001", email),
                ContactMethod.EMAIL, true,
                List.of(new NewApplication.NewIncident(today.minusDays(20), today.minusDays(19), Agency.POLICE, null,
                        "KP-123", "Loud music and shouting until 3am")),
                key);
    }

    @Test
    void an_online_application_is_stored_with_a_reference_its_deadlines_and_its_history() {
        SubmittedApplication submitted = service.submit(application("tonbridge-malling", "alex@example.org", null),
                "Applicant (online)");

        assertThat(submitted.reference()).matches("CT-\\d{4}-\\d{5}");
        assertThat(submitted.partnershipName()).isEqualTo("Tonbridge and Malling");
        Application stored = service.byReference(submitted.reference()).orElseThrow();
        assertThat(stored.getApplicantPostcode()).isEqualTo("TN9 1AA");
        assertThat(stored.getIncidents()).singleElement()
                .satisfies(i -> assertThat(i.getAgencyReference()).isEqualTo("KP-123"));
        assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.ACKNOWLEDGED);
        assertThat(stored.getAcknowledgedOn()).isEqualTo(stored.getReceivedOn());
        // Kent: the decision is due within 25 working days of acknowledgement, so at least five weeks away.
        assertThat(stored.getDecisionDue()).isAfterOrEqualTo(stored.getReceivedOn().plusDays(35));
        assertThat(history.of(stored.getId())).extracting(e -> e.getKind()).containsExactly("RECEIVED", "ACKNOWLEDGED");
    }

    @Test
    void an_anonymous_application_is_refused_and_nothing_is_stored() {
        long before = applications.count();
        NewApplication anonymous = new NewApplication("sevenoaks", Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant(" ", null, null, null, null), ContactMethod.EMAIL, true, List.of(), null);

        assertThatThrownBy(() -> service.submit(anonymous, "Applicant (online)"))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field).contains("name", "contact", "incidents"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void submitting_twice_with_the_same_key_stores_one_application() {
        String key = UUID.randomUUID().toString();
        SubmittedApplication first = service.submit(application("sevenoaks", "sam@example.org", key), "Applicant (online)");
        SubmittedApplication second = service.submit(application("sevenoaks", "sam@example.org", key), "Applicant (online)");

        assertThat(second.reference()).isEqualTo(first.reference());
    }

    @Test
    void references_are_unique_when_applications_arrive_at_the_same_moment() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> service.submit(application("bassetlaw", "p@example.org", null), "Applicant (online)")
                        .reference());
            }
            Set<String> references = new HashSet<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                references.add(f.get());
            }
            assertThat(references).hasSize(12);
        } finally {
            pool.shutdown();
        }
    }
}
