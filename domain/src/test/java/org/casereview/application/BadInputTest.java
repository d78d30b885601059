package org.casereview.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.casereview.DomainConfiguration;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input in every answer in words of an application of every kind: the records clean it as they are
 * made, and the checks every application passes never fail with an error of their own, whatever arrives.
 */
class BadInputTest {

    /** Answers in paragraphs, where a new line is kept; in every other answer it becomes a space. */
    static final Set<String> MULTI_LINE = Set.of("address", "description", "vulnerabilityDetails",
            "targetedDetails", "actionTaken");
    /** Answers that must be given; blank once cleaned is refused. */
    static final Set<String> REQUIRED = Set.of("applicant.name", "incidents[0].description",
            "incidents[1].description");

    static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    /** An application of each kind with every optional answer in words given, so that every field is in play. */
    static List<NewApplication> everyKind() {
        LocalDate today = today();
        NewApplication.NewIncident everything = new NewApplication.NewIncident(today.minusDays(12),
                today.minusDays(11), Agency.OTHER, "Orbit Housing", "OH-12", "Bins set on fire", "Housing officer",
                ReportMethod.PHONE, "Back alley", BehaviourType.DAMAGE, Answer.YES, "Nothing yet", Answer.NO,
                Answer.YES, today.plusDays(5), "Kim One");
        NewApplication.Representation onBehalf = NewApplication.Representation.onBehalfOf(
                Applications.person("Vic Victim", "vic@example.org"), Relationship.OTHER, "Neighbour's friend",
                true, ConsentMethod.OTHER, "On the phone");
        return List.of(
                full(Applications.complete(ApplicantType.ON_BEHALF_OF_VICTIM, onBehalf, null), everything),
                full(Applications.complete(ApplicantType.ON_BEHALF_OF_GROUP, Applications.group(), null), everything),
                full(Applications.complete(ApplicantType.BUSINESS_OR_GROUP, Applications.organisation(), null),
                        everything));
    }

    private static NewApplication full(NewApplication base, NewApplication.NewIncident everything) {
        NewApplication withIncident = BadInput.with(base, "incidents", List.of(base.incidents().getFirst(),
                everything));
        NewApplication withConduct = BadInput.with(withIncident, "circumstances",
                new NewApplication.Circumstances(Answer.YES, Answer.YES, "Orbit Housing"));
        NewApplication withImpact = BadInput.with(withConduct, "impact", new NewApplication.Impact(
                Set.of(ImpactArea.SLEEP), "I cannot sleep", Answer.YES, "Asthma", Answer.YES, "They wait for me",
                Answer.NO));
        return BadInput.with(withImpact, "contactPreferences", new NewApplication.ContactPreferences(
                Set.of(ContactMethod.EMAIL), "Evenings", Answer.YES, Answer.YES, Set.of(AccessibleFormat.OTHER),
                "Braille", true, "Welsh"));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<NewApplication, String>> fields() {
        return Arbitraries.of(everyKind()).flatMap(application ->
                Arbitraries.of(BadInput.textPaths(application)).map(path -> Tuple.of(application, path)));
    }

    @Provide
    Arbitrary<String> badInput() {
        return BadInput.strings();
    }

    @Property(tries = 3000)
    void any_text_in_any_field_is_cleaned_as_the_record_is_made_and_checked_without_error(
            @ForAll("fields") Tuple.Tuple2<NewApplication, String> field, @ForAll("badInput") String input) {
        String path = field.get2();
        NewApplication application = BadInput.with(field.get1(), path, input);

        String held = (String) BadInput.get(application, path);
        assertThat(BadInput.clean(held)).as("%s holds %s", path, held).isTrue();
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (!MULTI_LINE.contains(name)) {
            assertThat(held).as(path).doesNotContain("\n");
        }

        List<ValidationProblem> problems = ApplicationValidator.validate(application, today());

        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        if (held != null && held.strip().length() > ApplicationValidator.DESCRIPTION_MAX) {
            assertThat(problems).as("%s of %d characters", path, held.strip().length()).isNotEmpty();
        }
        if (REQUIRED.contains(path) && (held == null || held.isBlank())) {
            assertThat(problems).as("%s left blank", path).isNotEmpty();
        }
    }

    @Property(tries = 500)
    void cleaning_keeps_letters_of_every_script_and_emoji(@ForAll("badInput") String input) {
        String cleaned = PlainText.lines(input);
        assertThat(BadInput.clean(cleaned)).isTrue();
        assertThat(PlainText.lines(cleaned)).as("cleaning twice changes nothing").isEqualTo(cleaned);
        assertThat(cleaned.codePoints().filter(Character::isLetter).count())
                .isEqualTo(input.codePoints().filter(c -> c <= 0xFFFF ? !Character.isSurrogate((char) c) : true)
                        .filter(Character::isLetter).count());
        assertThat(PlainText.line("👩🏽‍🦰 Zoë\n\u202Eشكرا")).isEqualTo("👩🏽‍🦰 Zoë شكرا");
    }
}
