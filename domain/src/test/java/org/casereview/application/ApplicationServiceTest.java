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
import java.util.concurrent.CountDownLatch;
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
    void someone_applying_for_a_victim_is_stored_with_the_victim_their_relationship_and_the_victims_consent() {
        SubmittedApplication submitted = service.submit(Applications.complete(ApplicantType.ON_BEHALF_OF_VICTIM,
                Applications.onBehalf(), null), "Applicant (online)");

        Application stored = service.byReference(submitted.reference()).orElseThrow();
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.ON_BEHALF_OF_VICTIM);
        assertThat(stored.getApplicantName()).isEqualTo("Alex Applicant");
        assertThat(stored.getApplicantDateOfBirth()).isEqualTo(LocalDate.of(1970, 5, 17));
        assertThat(stored.hasSeparateVictim()).isTrue();
        assertThat(stored.getVictimName()).isEqualTo("Vic Victim");
        assertThat(stored.getVictimPostcode()).isEqualTo("TN9 1AA");
        assertThat(stored.getVictimEmail()).isEqualTo("vic@example.org");
        assertThat(stored.getVictimDateOfBirth()).isEqualTo(LocalDate.of(1970, 5, 17));
        assertThat(stored.getRelationship()).isEqualTo(Relationship.CARER);
        assertThat(stored.isVictimConsented()).isTrue();
        assertThat(stored.getConsentMethod()).isEqualTo(ConsentMethod.IN_WRITING);
        assertThat(stored.getGroupMembers()).isEmpty();
    }

    @Test
    void one_person_for_a_group_is_stored_with_every_member_and_their_consent() {
        SubmittedApplication submitted = service.submit(Applications.complete(ApplicantType.ON_BEHALF_OF_GROUP,
                Applications.group(), null), "Applicant (online)");

        Application stored = service.details(service.byReference(submitted.reference()).orElseThrow().getId())
                .orElseThrow();
        assertThat(stored.getGroupName()).isEqualTo("Acacia Avenue residents");
        assertThat(stored.getGroupMembers()).extracting(GroupMember::getName, GroupMember::getContact,
                        GroupMember::isConsented)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kim One", "07700 900001", true),
                        org.assertj.core.groups.Tuple.tuple("Lee Two", "lee@example.org", true));
        assertThat(stored.getConsentMethod()).isEqualTo(ConsentMethod.OTHER);
        assertThat(stored.getConsentDetails()).isEqualTo("At a residents' meeting");
        assertThat(stored.hasSeparateVictim()).isFalse();
    }

    @Test
    void a_business_as_the_victim_is_stored_with_the_applicants_role() {
        SubmittedApplication submitted = service.submit(Applications.complete(ApplicantType.BUSINESS_OR_GROUP,
                Applications.organisation(), null), "Applicant (online)");

        Application stored = service.byReference(submitted.reference()).orElseThrow();
        assertThat(stored.getVictimName()).isEqualTo("Corner Shop Ltd");
        assertThat(stored.getVictimPostcode()).isEqualTo("ME19 4LZ");
        assertThat(stored.getVictimDateOfBirth()).isNull();
        assertThat(stored.getApplicantRole()).isEqualTo("Owner");
        assertThat(stored.getRelationship()).isNull();
    }

    @Test
    void every_answer_about_the_incidents_the_problem_the_impact_and_contact_is_kept() {
        SubmittedApplication submitted = service.submit(Applications.complete(ApplicantType.VICTIM,
                NewApplication.Representation.none(), null), "Applicant (online)");

        Application stored = service.byReference(submitted.reference()).orElseThrow();
        assertThat(stored.getIncidents()).hasSize(2).first().satisfies(i -> {
            assertThat(i.getReportedToPerson()).isEqualTo("PC Jones, neighbourhood team");
            assertThat(i.getHowReported()).isEqualTo(ReportMethod.PHONE);
            assertThat(i.getLocation()).isEqualTo("Outside 3 High Street");
            assertThat(i.getBehaviour()).isEqualTo(BehaviourType.NOISE);
            assertThat(i.getActionTaken()).isEqualTo("An officer visited");
            assertThat(i.getReporterSatisfied()).isEqualTo(Answer.NO);
            assertThat(i.getTimeframeGiven()).isEqualTo(Answer.NO);
        });
        assertThat(stored.getProblemPersists()).isEqualTo(Answer.YES);
        assertThat(stored.getOnlyOneAgencyConduct()).isEqualTo(Answer.NO);
        assertThat(stored.getImpactAreas()).containsExactly(ImpactArea.HEALTH, ImpactArea.SLEEP);
        assertThat(stored.getImpactDescription()).isEqualTo("I cannot sleep");
        assertThat(stored.getDisabilityOrIllness()).isEqualTo(Answer.YES);
        assertThat(stored.getVulnerabilityDetails()).isEqualTo("My son has asthma");
        assertThat(stored.getFeelsTargeted()).isEqualTo(Answer.NOT_SURE);
        assertThat(stored.getOtherHouseholdsAffected()).isEqualTo(Answer.YES);
        assertThat(stored.getContactChannels()).containsExactly(ContactMethod.EMAIL, ContactMethod.PHONE);
        assertThat(stored.getSafeContactTimes()).isEqualTo("Weekdays after 6pm");
        assertThat(stored.getLettersSafe()).isEqualTo(Answer.YES);
        assertThat(stored.getVoicemailSafe()).isEqualTo(Answer.NO);
        assertThat(stored.getAccessibleFormats()).containsExactly(AccessibleFormat.LARGE_PRINT);
        assertThat(stored.isInterpreterNeeded()).isTrue();
        assertThat(stored.getPreferredLanguage()).isEqualTo("Polish");
        assertThat(stored.isDeclarationMade()).isTrue();
        assertThat(stored.getDeclarationMadeAt()).isEqualTo(stored.getReceivedAt());
        assertThat(ApplicationThreshold.assess(stored).incidents()).hasSize(2);
    }

    @Test
    void an_applicant_who_did_not_agree_to_email_is_not_acknowledged_by_email_even_with_an_address() {
        NewApplication complete = Applications.complete(ApplicantType.VICTIM, NewApplication.Representation.none(),
                null);
        var phoneOnly = new NewApplication.ContactPreferences(java.util.Set.of(ContactMethod.PHONE), null, null,
                Answer.YES, java.util.Set.of(), null, false, null);
        NewApplication byPhone = new NewApplication(complete.partnershipCode(), complete.channel(),
                complete.applicantType(), complete.applicant(), ContactMethod.PHONE, true, complete.incidents(), null,
                complete.representation(), complete.circumstances(), complete.impact(), phoneOnly, true);

        SubmittedApplication submitted = service.submit(byPhone, "Applicant (online)");

        assertThat(submitted.acknowledgedOn()).isNull();
        assertThat(service.byReference(submitted.reference()).orElseThrow().getContactChannels())
                .containsExactly(ContactMethod.PHONE);
    }

    @Test
    void an_application_for_a_group_without_every_members_consent_is_refused_and_nothing_is_stored() {
        long before = applications.count();
        var withoutConsent = NewApplication.Representation.forGroup("Residents", List.of(
                new NewApplication.Member("Kim", "07700 900001", false)), ConsentMethod.IN_PERSON, null);

        assertThatThrownBy(() -> service.submit(Applications.complete(ApplicantType.ON_BEHALF_OF_GROUP, withoutConsent,
                null), "Applicant (online)"))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::message)
                        .containsExactly("Confirm that Kim has agreed to you applying for them"));
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
    void a_form_sent_several_times_at_the_same_moment_is_stored_once_and_each_sending_is_told_its_reference()
            throws Exception {
        String key = UUID.randomUUID().toString();
        long before = applications.count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch ready = new CountDownLatch(4);
            List<Callable<String>> sendings = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sendings.add(() -> {
                    ready.countDown();
                    ready.await();
                    return service.submit(application("sevenoaks", "sam@example.org", key), "Applicant (online)")
                            .reference();
                });
            }
            Set<String> references = new HashSet<>();
            for (Future<String> sent : pool.invokeAll(sendings)) {
                references.add(sent.get());
            }
            assertThat(references).hasSize(1);
            assertThat(applications.count()).isEqualTo(before + 1);
        } finally {
            pool.shutdown();
        }
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
