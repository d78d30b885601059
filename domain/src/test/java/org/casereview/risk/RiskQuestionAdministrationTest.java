package org.casereview.risk;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the questionnaire; cases ask what is current, and past answers keep their words. */
@SpringBootTest
class RiskQuestionAdministrationTest {

    /** The partnership whose own questions these tests change; it goes back to the shared set after each. */
    static final String PARTNERSHIP = "folkestone-hythe";

    @Autowired
    RiskQuestionAdministration administration;
    @Autowired
    RiskService risk;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;

    long partnershipId() {
        return Objects.requireNonNull(partnerships.findByCode(PARTNERSHIP).orElseThrow().getId());
    }

    @AfterEach
    void backToTheSharedSet() {
        TestCases.signOut();
        jdbc.update("DELETE FROM risk_question WHERE partnership_id = ?", partnershipId());
        jdbc.update("DELETE FROM risk_question_change WHERE partnership_id = ?", partnershipId());
    }

    private RiskQuestion asked(String code) {
        return administration.questionSet(partnershipId()).asked().stream().filter(q -> q.getCode().equals(code))
                .findFirst().orElseThrow();
    }

    private List<String> askedCodes(long caseId) {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        List<String> codes = risk.questionnaire(caseId).questions().stream().map(RiskQuestion::getCode).toList();
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        return codes;
    }

    @Test
    void a_partnership_copies_the_shared_set_then_adds_rewords_reorders_and_retires_and_its_cases_ask_that() {
        Application application = cases.apply(PARTNERSHIP, Channel.PHONE, null, "Rita Risk", 5);
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        long id = partnershipId();
        assertThat(administration.questionSet(id).usesShared()).isTrue();
        assertThatThrownBy(() -> administration.add(id, "Is the victim a carer?", null, 1))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Make its own copy");

        administration.copyShared(id);
        RiskQuestionAdministration.QuestionSet set = administration.questionSet(id);
        assertThat(set.usesShared()).isFalse();
        assertThat(set.asked()).extracting(RiskQuestion::getCode).containsExactly("REPEAT_TARGETING",
                "DISABILITY_OR_ILLNESS", "IMPACT_ON_HEALTH", "FEAR_AT_HOME", "CHILDREN_IN_HOUSEHOLD",
                "HATE_MOTIVATION");
        assertThat(set.asked()).allSatisfy(q -> assertThat(q.getPartnershipId()).isEqualTo(id));

        RiskQuestion carer = administration.add(id, "  Is the victim a carer for someone in the household?  ",
                "Caring makes it harder to get away from the behaviour.", 2);
        assertThat(carer.getCode()).isEqualTo("Q7");
        RiskQuestion children = asked("CHILDREN_IN_HOUSEHOLD");
        administration.change(children.getId(), children.getVersion(), "Are there children under 18 in the "
                + "household?", children.getGuidance(), 2);
        RiskQuestion hate = asked("HATE_MOTIVATION");
        administration.move(hate.getId(), hate.getVersion(), true);
        RiskQuestion repeat = asked("REPEAT_TARGETING");
        administration.retire(repeat.getId(), repeat.getVersion());

        set = administration.questionSet(id);
        assertThat(set.asked()).extracting(RiskQuestion::getCode).containsExactly("DISABILITY_OR_ILLNESS",
                "IMPACT_ON_HEALTH", "FEAR_AT_HOME", "HATE_MOTIVATION", "CHILDREN_IN_HOUSEHOLD", "Q7");
        assertThat(set.retired()).extracting(RiskQuestion::getCode).containsExactly("REPEAT_TARGETING");
        assertThat(set.maximum()).isEqualTo(2 + 2 + 3 + 3 + 2 + 2);
        assertThat(set.questionWords("Q7")).isEqualTo("Is the victim a carer for someone in the household?");
        assertThat(askedCodes(application.getId())).isEqualTo(set.asked().stream().map(RiskQuestion::getCode).toList());
        // Newest first: who, what, from what, to what.
        assertThat(set.changes()).extracting(RiskQuestionChange::getWhat).containsExactly("Retired", "Order", "Weight",
                "Question", "Added", "Copied from the shared set");
        assertThat(set.changes()).allSatisfy(c -> assertThat(c.getChangedBy()).startsWith("Test u"));
        assertThat(set.changes().get(1)).satisfies(c -> {
            assertThat(c.getQuestionCode()).isEqualTo("HATE_MOTIVATION");
            assertThat(c.getOldValue()).isEqualTo("6");
            assertThat(c.getNewValue()).isEqualTo("5");
        });
        assertThat(set.changes().get(3).getOldValue()).isEqualTo("Are there children in the household?");

        // The shared set is untouched.
        assertThat(administration.questionSet(null).asked()).hasSize(6);
    }

    @Test
    void past_assessments_keep_the_words_and_weights_they_were_answered_with() {
        Application application = cases.apply(PARTNERSHIP, Channel.PHONE, null, "Pam Past", 5);
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        long id = partnershipId();
        administration.copyShared(id);
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Map<String, RiskAnswer> answers = new HashMap<>();
        Arrays.asList("REPEAT_TARGETING", "DISABILITY_OR_ILLNESS", "IMPACT_ON_HEALTH", "FEAR_AT_HOME",
                "CHILDREN_IN_HOUSEHOLD", "HATE_MOTIVATION").forEach(code -> answers.put(code, RiskAnswer.YES));
        RiskAssessment before = risk.assess(application.getId(), application.getVersion(), answers, null);
        assertThat(before.getScore()).isEqualTo(13);

        cases.signIn(null, StaffRole.ADMINISTRATOR);
        RiskQuestion fear = asked("FEAR_AT_HOME");
        administration.change(fear.getId(), fear.getVersion(), "Is the victim afraid to be in their own home?",
                null, 5);
        RiskQuestion children = asked("CHILDREN_IN_HOUSEHOLD");
        administration.retire(children.getId(), children.getVersion());

        cases.signIn(null, StaffRole.CASE_OFFICER);
        RiskQuestionnaire now = risk.questionnaire(application.getId());
        assertThat(now.questions()).hasSize(5);
        assertThat(now.maximum()).isEqualTo(2 + 2 + 2 + 5 + 3);
        RiskAssessment kept = now.latest();
        assertThat(kept.getScore()).isEqualTo(13);
        assertThat(kept.getAnswers()).hasSize(6);
        assertThat(kept.getAnswers()).filteredOn(a -> a.getCode().equals("FEAR_AT_HOME")).singleElement()
                .satisfies(a -> {
                    assertThat(a.getQuestion()).isEqualTo("Does the victim feel afraid or unsafe in their own home?");
                    assertThat(a.getWeight()).isEqualTo(3);
                });
        assertThat(kept.getAnswers()).extracting(GivenAnswer::getCode).contains("CHILDREN_IN_HOUSEHOLD");
    }

    @Test
    void retiring_a_partnerships_last_own_question_returns_it_to_the_shared_set() {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        long id = partnershipId();
        administration.copyShared(id);
        for (RiskQuestion question : administration.questionSet(id).asked()) {
            administration.retire(question.getId(), question.getVersion());
        }

        RiskQuestionAdministration.QuestionSet set = administration.questionSet(id);
        assertThat(set.usesShared()).isTrue();
        assertThat(set.asked()).allSatisfy(q -> assertThat(q.getPartnershipId()).isNull()).hasSize(6);
        assertThat(set.retired()).hasSize(6);
        // A second copy asks the shared questions again under their own codes; a new question gets a new one.
        administration.copyShared(id);
        assertThat(administration.questionSet(id).asked()).extracting(RiskQuestion::getCode)
                .contains("REPEAT_TARGETING", "HATE_MOTIVATION");
        assertThat(administration.add(id, "Is the victim a carer?", null, 1).getCode()).isEqualTo("Q7");
    }

    @Test
    void words_weights_and_stale_pages_are_checked() {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        long id = partnershipId();
        administration.copyShared(id);
        RiskQuestion health = asked("IMPACT_ON_HEALTH");

        assertThatThrownBy(() -> administration.add(id, " ", null, 1))
                .isInstanceOf(ActionRefusedException.class).hasMessage("Enter the question");
        assertThatThrownBy(() -> administration.add(id, "x".repeat(401), null, 1))
                .hasMessage("The question must be 400 characters or fewer");
        assertThatThrownBy(() -> administration.add(id, "Are there CHILDREN in the household?", null, 1))
                .hasMessage("That question is already asked");
        assertThatThrownBy(() -> administration.add(id, "Is the victim a carer?", null, 11))
                .hasMessage("The weight must be a whole number from 0 to 10");
        assertThatThrownBy(() -> administration.add(id, "Is the victim a carer?", "g".repeat(601), 1))
                .hasMessage("The guidance must be 600 characters or fewer");

        administration.change(health.getId(), health.getVersion(), health.getQuestion(), null, 3);
        // A second administrator still looking at the old version is refused; nothing is overwritten.
        assertThatThrownBy(() -> administration.change(health.getId(), health.getVersion(), "Reworded", null, 1))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Someone else has changed");
        assertThat(asked("IMPACT_ON_HEALTH").getWeight()).isEqualTo(3);
        assertThat(asked("IMPACT_ON_HEALTH").getGuidance()).isNull();

        RiskQuestion first = administration.questionSet(id).asked().getFirst();
        assertThatThrownBy(() -> administration.move(first.getId(), first.getVersion(), true))
                .hasMessage("This is already the first question");
    }

    @Test
    void the_shared_set_is_kept_by_county_wide_administrators_only_and_keeps_at_least_one_question() {
        cases.signIn(PARTNERSHIP, StaffRole.ADMINISTRATOR);
        assertThat(administration.partnerships()).extracting(p -> p.getCode()).containsExactly(PARTNERSHIP);
        RiskQuestionAdministration.QuestionSet shared = administration.questionSet(null);
        assertThat(shared.canChange()).isFalse();
        RiskQuestion first = shared.asked().getFirst();
        assertThatThrownBy(() -> administration.add(null, "Is the victim a carer?", null, 1))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("county-wide");
        assertThatThrownBy(() -> administration.retire(first.getId(), first.getVersion()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("county-wide");
        long other = partnerships.findByCode("bassetlaw").orElseThrow().getId();
        assertThatThrownBy(() -> administration.copyShared(other))
                .isInstanceOf(ActionRefusedException.class).hasMessage("There is no such partnership");

        cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThat(administration.questionSet(null).canChange()).isTrue();
        RiskQuestion added = administration.add(null, "Has the victim had to change their routine?", null, 1);
        assertThat(administration.questionSet(null).asked()).hasSize(7);
        administration.retire(added.getId(), added.getVersion());
        assertThat(administration.questionSet(null).asked()).hasSize(6);
        assertThat(administration.questionSet(null).changes()).extracting(RiskQuestionChange::getWhat)
                .startsWith("Retired", "Added");
    }

    @Test
    void only_administrators_keep_the_questionnaire() {
        for (StaffRole role : List.of(StaffRole.CASE_OFFICER, StaffRole.MANAGER, StaffRole.PANEL_MEMBER,
                StaffRole.PARTNER_AGENCY)) {
            cases.signIn(null, role);
            assertThatThrownBy(() -> administration.questionSet(null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.add(null, "Is the victim a carer?", null, 1))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
