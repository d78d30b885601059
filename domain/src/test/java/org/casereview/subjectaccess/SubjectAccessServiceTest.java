package org.casereview.subjectaccess;

import org.casereview.ActionRefusedException;
import org.casereview.PersonalDataCases;
import org.casereview.PersonalDataCases.Person;
import org.casereview.TestCases;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.casework.CaseworkService;
import org.casereview.personaldata.Anonymised;
import org.casereview.personaldata.HeldSection;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding everything held about a person, exporting it, and erasure and restriction requests. */
@SpringBootTest
class SubjectAccessServiceTest {

    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    PersonalDataCases personalData;
    @Autowired
    TestCases cases;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseAccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private List<SubjectMatch> find(SubjectSearch search) {
        long searchId = subjectAccess.search(search);
        return subjectAccess.matches(searchId, PageRequest.of(0, 50)).getContent();
    }

    private static List<String> references(List<SubjectMatch> matches) {
        return matches.stream().map(SubjectMatch::reference).toList();
    }

    @Test
    void a_person_is_found_as_applicant_victim_group_member_or_named_in_an_incident_by_any_detail() {
        Person person = PersonalDataCases.person();
        Application victimCase = personalData.notMet("sevenoaks", person);
        Person neighbour = PersonalDataCases.person();
        Application groupCase = personalData.forGroup("sevenoaks", neighbour, person.victimName(), "Someone Else");
        Application unrelated = personalData.notMet("sevenoaks", PersonalDataCases.person());
        cases.signIn(null, StaffRole.ADMINISTRATOR);

        List<SubjectMatch> byName = find(new SubjectSearch(person.victimName(), null, null, null));
        assertThat(references(byName)).containsExactlyInAnyOrder(victimCase.getReference(), groupCase.getReference());
        assertThat(byName).filteredOn(match -> match.applicationId() == victimCase.getId()).singleElement()
                .satisfies(match -> {
                    assertThat(match.matchedAs()).contains("Victim (name)");
                    assertThat(match.status()).isEqualTo(ApplicationStatus.THRESHOLD_NOT_MET);
                    assertThat(match.partnershipName()).isEqualTo("Sevenoaks");
                });
        assertThat(byName).filteredOn(match -> match.applicationId() == groupCase.getId()).singleElement()
                .satisfies(match -> assertThat(match.matchedAs()).contains("Group member 1 (name)",
                        "Named in incident 1 (name)"));

        // E-mail in any case, a phone number written differently, a postcode without its space.
        assertThat(references(find(new SubjectSearch(null, person.applicantEmail().toUpperCase(), null, null))))
                .containsExactly(victimCase.getReference());
        String international = "+44 " + person.victimPhone().substring(1);
        assertThat(find(new SubjectSearch(null, null, international, null))).singleElement()
                .satisfies(match -> assertThat(match.matchedAs()).contains("Victim (phone)"));
        assertThat(references(find(new SubjectSearch(null, null, null, person.postcode().replace(" ", "")))))
                .contains(victimCase.getReference()).doesNotContain(unrelated.getReference());
        // Named only in an agency's incident, as its reporter.
        assertThat(find(new SubjectSearch(person.reporterName(), null, null, null))).singleElement()
                .satisfies(match -> assertThat(match.matchedAs()).isEqualTo("Named in incident 4 (name)"));
        // Typed wildcards are text.
        assertThat(find(new SubjectSearch("%_", null, null, null))).isEmpty();
    }

    @Test
    void searches_are_checked_recorded_and_scoped_and_only_administrators_search() {
        Person person = PersonalDataCases.person();
        Application sevenoaks = personalData.notMet("sevenoaks", person);
        Application bassetlaw = personalData.notMet("bassetlaw", person);

        StaffAccount admin = cases.signIn("bassetlaw", StaffRole.ADMINISTRATOR);
        assertThatThrownBy(() -> subjectAccess.search(new SubjectSearch(" ", null, null, null)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> subjectAccess.search(new SubjectSearch(null, "not-an-address", "12", "!!")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("e-mail address").hasMessageContaining("6 digits").hasMessageContaining("postcode");
        long searchId = subjectAccess.search(new SubjectSearch(null, person.applicantEmail(), null, null));
        assertThat(references(subjectAccess.matches(searchId, PageRequest.of(0, 10)).getContent()))
                .containsExactly(bassetlaw.getReference());
        assertThat(subjectAccess.requests(PageRequest.of(0, 5)).getContent().getFirst()).satisfies(entry -> {
            assertThat(entry.getKind()).isEqualTo(SubjectAccessLogEntry.Kind.SEARCH);
            assertThat(entry.getActor()).contains(admin.getUsername());
            assertThat(entry.search().describe()).isEqualTo("e-mail " + person.applicantEmail());
        });

        // Another administrator cannot read this one's results, nor reach a case through them.
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThatThrownBy(() -> subjectAccess.matches(searchId, PageRequest.of(0, 10)))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> subjectAccess.export(searchId, List.of(bassetlaw.getId())))
                .isInstanceOf(ActionRefusedException.class);
        long countyWide = subjectAccess.search(new SubjectSearch(null, person.applicantEmail(), null, null));
        assertThat(references(subjectAccess.matches(countyWide, PageRequest.of(0, 10)).getContent()))
                .containsExactlyInAnyOrder(sevenoaks.getReference(), bassetlaw.getReference());
        assertThatThrownBy(() -> subjectAccess.export(countyWide, List.of(cases.apply("sevenoaks", Channel.PHONE,
                null, "Someone Else", 3).getId()))).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("not among");

        for (StaffRole role : List.of(StaffRole.CASE_OFFICER, StaffRole.MANAGER, StaffRole.PANEL_MEMBER)) {
            cases.signIn(null, role);
            assertThatThrownBy(() -> subjectAccess.search(new SubjectSearch("Anyone", null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_export_holds_every_field_of_every_case_with_its_history_and_who_looked_and_is_recorded() {
        Person person = PersonalDataCases.person();
        Application application = personalData.notMet("test-valley", person);
        StaffAccount officer = cases.signIn("test-valley", StaffRole.CASE_OFFICER);
        accessLog.opened(application.getId(), CaseScreen.CASE);
        accessLog.opened(application.getId(), CaseScreen.THRESHOLD);

        StaffAccount admin = cases.signIn(null, StaffRole.ADMINISTRATOR);
        long searchId = subjectAccess.search(new SubjectSearch(person.applicantName(), null, null, null));
        SubjectAccessReport report = subjectAccess.export(searchId, List.of(application.getId()));

        assertThat(report.searchedFor()).isEqualTo("name \"" + person.applicantName() + "\"");
        assertThat(report.producedBy()).contains(admin.getUsername());
        SubjectAccessReport.CaseReport exported = report.cases().getFirst();
        assertThat(exported.reference()).isEqualTo(application.getReference());
        assertThat(exported.sections()).extracting(HeldSection::title).containsExactly("Application", "Incidents",
                "What the agencies confirmed", "Threshold decision", "Risk and vulnerability", "History",
                "Who has looked at this case");
        List<String> values = exported.sections().stream().flatMap(section -> section.records().stream())
                .flatMap(record -> record.fields().stream()).map(field -> field.label() + ": " + field.value())
                .toList();
        assertThat(values).contains(
                "Applicant's name: " + person.applicantName(),
                "Applicant's e-mail: " + person.applicantEmail(),
                "Applicant's phone: " + person.applicantPhone(),
                "Applicant's date of birth: 2 January 1970",
                "Victim's name: " + person.victimName(),
                "Victim's postcode: " + person.postcode(),
                "Applying as: On behalf of victim",
                "Disability or illness, details: Heart condition " + person.tag(),
                "Language: Polish",
                "What happened: " + person.incidentWords() + " first",
                "Reporter's name: " + person.reporterName(),
                "What the agency did: Police visited " + person.tag(),
                "Reason: The noise stopped " + person.tag(),
                "Notes: " + person.notes(),
                "Who: Test " + officer.getUsername())
                .anySatisfy(value -> assertThat(value).startsWith("What happened or changed: Threshold decision: "))
                .anySatisfy(value -> assertThat(value).isEqualTo("Screen: Threshold"))
                .anySatisfy(value -> assertThat(value).startsWith("Does the victim feel afraid or unsafe in their own "
                        + "home?: Yes"));
        assertThat(values).noneSatisfy(value -> assertThat(value).startsWith("Version"));

        assertThat(subjectAccess.requests(PageRequest.of(0, 1)).getContent().getFirst()).satisfies(entry -> {
            assertThat(entry.getKind()).isEqualTo(SubjectAccessLogEntry.Kind.EXPORT);
            assertThat(entry.getReferences()).isEqualTo(application.getReference());
            assertThat(entry.getSearchId()).isEqualTo(searchId);
        });
        assertThat(jdbc.queryForList("SELECT description FROM case_event WHERE application_id = ? AND kind = "
                + "'SUBJECT_ACCESS'", String.class, application.getId()))
                .containsExactly("Included in a subject access export");
    }

    @Test
    void an_erasure_anonymises_a_closed_case_now_and_an_open_one_only_with_a_reason_to_override() {
        Person person = PersonalDataCases.person();
        Application closed = personalData.notMet("newark-sherwood", person);
        Application open = cases.apply("newark-sherwood", Channel.PHONE, person.applicantEmail(),
                person.applicantName(), 4, 2);
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        long searchId = subjectAccess.search(new SubjectSearch(null, person.applicantEmail(), null, null));

        assertThatThrownBy(() -> subjectAccess.erase(searchId, closed.getId(), " ", null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Say why");
        subjectAccess.erase(searchId, closed.getId(), "Erasure request received 3 May", null);

        Application erased = cases.reload(closed);
        assertThat(erased.isAnonymised()).isTrue();
        assertThat(erased.getApplicantName()).isEqualTo(Anonymised.NAME);
        assertThat(erased.getStatus()).isEqualTo(ApplicationStatus.THRESHOLD_NOT_MET);
        assertThat(references(subjectAccess.matches(searchId, PageRequest.of(0, 10)).getContent()))
                .containsExactly(open.getReference());
        assertThat(subjectAccess.requests(PageRequest.of(0, 1)).getContent().getFirst()).satisfies(entry -> {
            assertThat(entry.getKind()).isEqualTo(SubjectAccessLogEntry.Kind.ERASURE);
            assertThat(entry.getReferences()).isEqualTo(closed.getReference());
            assertThat(entry.getReason()).isEqualTo("Erasure request received 3 May");
        });

        assertThatThrownBy(() -> subjectAccess.erase(searchId, open.getId(), "Erasure request received 3 May", null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("still open (Received)");
        assertThat(cases.reload(open).isAnonymised()).isFalse();

        subjectAccess.erase(searchId, open.getId(), "Erasure request received 3 May",
                "The applicant withdrew and asked for erasure");
        Application withdrawn = cases.reload(open);
        assertThat(withdrawn.isAnonymised()).isTrue();
        assertThat(withdrawn.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.getClosedOn()).isEqualTo(TestCases.today());
        assertThat(jdbc.queryForList("SELECT description FROM case_event WHERE application_id = ? ORDER BY id",
                String.class, open.getId())).contains("Status: Received → Withdrawn")
                .last().asString().contains("erasure request").contains("Erased while open");
        assertThatThrownBy(() -> subjectAccess.erase(searchId, open.getId(), "Again", "Again"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not among");
    }

    @Test
    void a_restricted_case_can_be_read_but_not_changed_until_the_restriction_is_lifted() {
        Person person = PersonalDataCases.person();
        Application application = cases.apply("folkestone-hythe", Channel.PHONE, person.applicantEmail(),
                person.applicantName(), 3);
        StaffAccount admin = cases.signIn(null, StaffRole.ADMINISTRATOR);
        long searchId = subjectAccess.search(new SubjectSearch(person.applicantName(), null, null, null));
        subjectAccess.restrict(searchId, application.getId(), "Accuracy of the incidents disputed");
        assertThat(subjectAccess.matches(searchId, PageRequest.of(0, 5)).getContent().getFirst().restricted())
                .isTrue();
        assertThatThrownBy(() -> subjectAccess.restrict(searchId, application.getId(), "Again"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already");

        cases.signIn("folkestone-hythe", StaffRole.CASE_OFFICER);
        Application restricted = casework.open(application.getId()).application();
        assertThat(restricted.isRestricted()).isTrue();
        assertThat(restricted.getRestrictionReason()).isEqualTo("Accuracy of the incidents disputed");
        assertThatThrownBy(() -> casework.acknowledge(application.getId(), restricted.getVersion(),
                AcknowledgementMethod.PHONE, null)).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("restricted");

        TestCases.signInAs(admin.getUsername(), StaffRole.ADMINISTRATOR);
        subjectAccess.liftRestriction(searchId, application.getId(), "Incidents corrected");
        assertThat(Stream.of(SubjectAccessLogEntry.Kind.RESTRICTION, SubjectAccessLogEntry.Kind.RESTRICTION_LIFTED))
                .allSatisfy(kind -> assertThat(subjectAccess.requests(PageRequest.of(0, 5)).getContent())
                        .anySatisfy(entry -> assertThat(entry.getKind()).isEqualTo(kind)));

        cases.signIn("folkestone-hythe", StaffRole.CASE_OFFICER);
        Application lifted = casework.open(application.getId()).application();
        casework.acknowledge(application.getId(), lifted.getVersion(), AcknowledgementMethod.PHONE, null);
        assertThat(casework.open(application.getId()).history()).extracting(event -> event.getDescription())
                .contains("Processing restricted at the request of the person it is about: Accuracy of the "
                        + "incidents disputed", "Restriction lifted: Incidents corrected");
    }
}
