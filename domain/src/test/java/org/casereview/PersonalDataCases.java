package org.casereview;

import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.BehaviourType;
import org.casereview.application.Channel;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.ImpactArea;
import org.casereview.application.NewApplication;
import org.casereview.application.Relationship;
import org.casereview.application.ReportMethod;
import org.casereview.casework.CaseworkService;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.decision.VerificationOutcome;
import org.casereview.risk.RiskAnswer;
import org.casereview.risk.RiskQuestion;
import org.casereview.risk.RiskService;
import org.casereview.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.casereview.TestCases.today;

/**
 * Cases that hold a person's data everywhere a case can: an applicant applying for a victim, incidents named by
 * reporters, an agency's answer, a risk assessment, a link and a decision, each with words unique to the test; and
 * a group's application. For retention and subject access tests.
 */
@Component
public class PersonalDataCases {

    @Autowired
    ApplicationService applications;
    @Autowired
    CaseworkService casework;
    @Autowired
    DecisionService decisions;
    @Autowired
    RiskService risk;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;

    /** The personal values of one case, each unique to it. */
    public record Person(String tag, String applicantName, String applicantEmail, String applicantPhone,
                         String postcode, String victimName, String victimEmail, String victimPhone, String reporterName,
                         String incidentWords, String notes) {

        public List<String> values() {
            return List.of(applicantName, applicantEmail, applicantPhone, victimName, victimEmail, victimPhone,
                    reporterName, incidentWords, notes);
        }
    }

    public static Person person() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String postcode = "TN" + random.nextInt(1, 30) + " " + random.nextInt(1, 10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        return new Person(tag, "Alex Applicant" + tag, "alex." + tag + "@example.org",
                "07700 9" + random.nextInt(10000, 99999), postcode, "Vic Victim" + tag, "vic." + tag + "@example.net",
                "01632 9" + random.nextInt(10000, 99999), "Rita Reporter" + tag, "Fireworks at the bins " + tag,
                "Note about " + tag);
    }

    /**
     * A case an applicant made on a victim's behalf, worked through to a "not met" decision by an officer of the
     * partnership (signed in while it runs, then signed out): acknowledged, an agency incident by another reporter,
     * the police's answer, a risk assessment, a link to {@code linkTo} if given, and the decision.
     */
    public Application notMet(String partnershipCode, Person person, Application... linkTo) {
        LocalDate today = today();
        List<NewApplication.NewIncident> incidents = List.of(
                incident(today.minusDays(40), person.incidentWords() + " first", null),
                incident(today.minusDays(20), person.incidentWords() + " second", null),
                incident(today.minusDays(9), person.incidentWords() + " third", null));
        NewApplication.Applicant victim = new NewApplication.Applicant(person.victimName(), "9 Orchard Way",
                person.postcode(), person.victimPhone(), person.victimEmail(), LocalDate.of(1941, 4, 3));
        String reference = applications.submit(new NewApplication(partnershipCode, Channel.ONLINE,
                ApplicantType.ON_BEHALF_OF_VICTIM,
                new NewApplication.Applicant(person.applicantName(), "14 Mill Street", person.postcode(),
                        person.applicantPhone(), person.applicantEmail(), LocalDate.of(1970, 1, 2)),
                ContactMethod.PHONE, true, incidents, null,
                NewApplication.Representation.onBehalfOf(victim, Relationship.FAMILY, null, true,
                        ConsentMethod.IN_PERSON, null),
                new NewApplication.Circumstances(Answer.YES, Answer.NO, null),
                new NewApplication.Impact(Set.of(ImpactArea.SLEEP, ImpactArea.HEALTH), "Cannot sleep " + person.tag(),
                        Answer.YES, "Heart condition " + person.tag(), Answer.YES, "Targeted " + person.tag(),
                        Answer.NO),
                new NewApplication.ContactPreferences(Set.of(ContactMethod.PHONE), "Evenings " + person.tag(),
                        Answer.YES, Answer.NO, Set.of(), null, true, "Polish"),
                true), "Applicant (online)").reference();
        Application application = applications.byReference(reference).orElseThrow();
        long id = application.getId();

        cases.signIn(partnershipCode, StaffRole.CASE_OFFICER);
        try {
            casework.acknowledge(id, application.getVersion(), AcknowledgementMethod.PHONE, person.notes());
            casework.addIncident(id, version(id), new NewApplication.NewIncident(today.minusDays(30),
                    today.minusDays(29), Agency.HOUSING_PROVIDER, null, "HSG-" + person.tag(),
                    person.incidentWords() + " reported by a neighbour"), person.reporterName());
            Application worked = cases.reload(application);
            decisions.recordVerification(id, worked.getVersion(), worked.getIncidents().getFirst().getId(),
                    VerificationOutcome.CONFIRMED, null, null, "Police visited " + person.tag(), person.notes());
            Map<String, RiskAnswer> answers = new HashMap<>();
            for (RiskQuestion question : risk.questionnaire(id).questions()) {
                answers.put(question.getCode(), RiskAnswer.YES);
            }
            risk.assess(id, version(id), answers, person.notes());
            for (Application other : linkTo) {
                casework.link(id, version(id), other.getReference(), "Same street as " + person.victimName());
            }
            decisions.decide(id, version(id), DecisionOutcome.NOT_MET, "The noise stopped " + person.tag());
        } finally {
            TestCases.signOut();
        }
        return cases.reload(application);
    }

    /** One person applying for a group: each member named, the incidents reported by members. */
    public Application forGroup(String partnershipCode, Person person, String... members) {
        LocalDate today = today();
        List<NewApplication.Member> named = java.util.Arrays.stream(members)
                .map(member -> new NewApplication.Member(member, member.toLowerCase().replace(' ', '.')
                        + "@example.com", true)).toList();
        List<NewApplication.NewIncident> incidents = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            incidents.add(incident(today.minusDays(10L + i), person.incidentWords() + " " + i, members[i]));
        }
        String reference = applications.submit(new NewApplication(partnershipCode, Channel.ONLINE,
                ApplicantType.ON_BEHALF_OF_GROUP,
                new NewApplication.Applicant(person.applicantName(), "14 Mill Street", person.postcode(),
                        person.applicantPhone(), person.applicantEmail()),
                ContactMethod.EMAIL, true, incidents, null,
                NewApplication.Representation.forGroup("Residents of Mill Street " + person.tag(), named,
                        ConsentMethod.IN_WRITING, null),
                NewApplication.Circumstances.notAsked(), NewApplication.Impact.notAsked(),
                NewApplication.ContactPreferences.only(ContactMethod.EMAIL), true), "Applicant (online)").reference();
        return applications.byReference(reference).orElseThrow();
    }

    private static NewApplication.NewIncident incident(LocalDate on, String words, String reportedBy) {
        return new NewApplication.NewIncident(on.minusDays(1), on, Agency.POLICE, null, null, words,
                "PC Dixon", ReportMethod.PHONE, "Outside number 9", BehaviourType.NOISE, null,
                "Advice given about " + words, Answer.NO, Answer.NO, null, reportedBy);
    }

    private long version(long id) {
        return jdbc.queryForObject("SELECT version FROM application WHERE id = ?", Long.class, id);
    }

    /** Moves a case's closing day (and decision day) back, as if it had closed then. */
    public void closedOn(Application application, LocalDate day) {
        jdbc.update("UPDATE application SET closed_on = ?, decided_on = COALESCE(decided_on, ?) WHERE id = ?",
                Date.valueOf(day), Date.valueOf(day), application.getId());
    }

    /** A case in a final state without going through the screens: as old data would be. */
    public void setStatus(Application application, ApplicationStatus status) {
        jdbc.update("UPDATE application SET status = ? WHERE id = ?", status.name(), application.getId());
    }
}
