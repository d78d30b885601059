package org.casereview.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Complete applications of each kind, as the online form sends them, for the tests. */
final class Applications {

    private Applications() {
    }

    static NewApplication.Applicant person(String name, String email) {
        return new NewApplication.Applicant(name, "1 High Street, Tonbridge", "tn9 1aa", "01632 960001", email,
                LocalDate.of(1970, 5, 17));
    }

    static NewApplication.NewIncident incident(LocalDate today, int daysAgo, BehaviourType behaviour) {
        return new NewApplication.NewIncident(today.minusDays(daysAgo), today.minusDays(daysAgo - 1), Agency.POLICE,
                null, "KP-" + daysAgo, "Loud music and shouting until 3am", "PC Jones, neighbourhood team",
                ReportMethod.PHONE, "Outside 3 High Street", behaviour, null, "An officer visited",
                Answer.NO, Answer.NO, null, null);
    }

    static NewApplication.Impact impact() {
        return new NewApplication.Impact(Set.of(ImpactArea.SLEEP, ImpactArea.HEALTH), "I cannot sleep",
                Answer.YES, "My son has asthma", Answer.NOT_SURE, null, Answer.YES);
    }

    static NewApplication.ContactPreferences contact() {
        return new NewApplication.ContactPreferences(Set.of(ContactMethod.EMAIL, ContactMethod.PHONE),
                "Weekdays after 6pm", Answer.YES, Answer.NO, Set.of(AccessibleFormat.LARGE_PRINT), null, true,
                "Polish");
    }

    static NewApplication complete(ApplicantType type, NewApplication.Representation representation, String key) {
        LocalDate today = LocalDate.now(org.casereview.DomainConfiguration.UK);
        return new NewApplication("tonbridge-malling", Channel.ONLINE, type, person("Alex Applicant", "alex@example.org"),
                ContactMethod.EMAIL, true,
                List.of(incident(today, 30, BehaviourType.NOISE), incident(today, 20, BehaviourType.NOISE)), key,
                representation, new NewApplication.Circumstances(Answer.YES, Answer.NO, null), impact(), contact(),
                true);
    }

    static NewApplication.Representation onBehalf() {
        return NewApplication.Representation.onBehalfOf(person("Vic Victim", "vic@example.org"), Relationship.CARER,
                null, true, ConsentMethod.IN_WRITING, null);
    }

    static NewApplication.Representation group() {
        return NewApplication.Representation.forGroup("Acacia Avenue residents", List.of(
                new NewApplication.Member("Kim One", "07700 900001", true),
                new NewApplication.Member("Lee Two", "lee@example.org", true)), ConsentMethod.OTHER,
                "At a residents' meeting");
    }

    static NewApplication.Representation organisation() {
        return NewApplication.Representation.forOrganisation(new NewApplication.Applicant("Corner Shop Ltd",
                "2 Market Street", "ME19 4LZ", "01732 000000", null), "Owner");
    }
}
