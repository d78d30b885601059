package org.casereview.risk;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.application.RiskLevel;
import org.casereview.casework.CaseFilter;
import org.casereview.casework.CaseRow;
import org.casereview.casework.CaseworkService;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RiskServiceTest {

    @Autowired
    RiskService risk;
    @Autowired
    CaseworkService casework;
    @Autowired
    TestCases cases;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    @Test
    void the_default_questionnaire_asks_the_six_harm_centred_questions() {
        Application application = cases.apply("bassetlaw", Channel.PHONE, null, "Viv Vulnerable", 5);
        cases.signIn(null, StaffRole.CASE_OFFICER);

        RiskQuestionnaire questionnaire = risk.questionnaire(application.getId());

        assertThat(questionnaire.questions()).extracting(RiskQuestion::getCode).containsExactly("REPEAT_TARGETING",
                "DISABILITY_OR_ILLNESS", "IMPACT_ON_HEALTH", "FEAR_AT_HOME", "CHILDREN_IN_HOUSEHOLD",
                "HATE_MOTIVATION");
        assertThat(questionnaire.maximum()).isEqualTo(13);
        assertThat(questionnaire.latest()).isNull();
        assertThat(questionnaire.canAssess()).isTrue();
    }

    @Test
    void every_question_needs_an_answer_and_the_level_shows_on_the_case_and_the_lists() {
        Application application = cases.apply("bassetlaw", Channel.PHONE, null, "Viv Vulnerable", 5);
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Map<String, RiskAnswer> answers = new HashMap<>();
        answers.put("FEAR_AT_HOME", RiskAnswer.YES);
        answers.put("HATE_MOTIVATION", RiskAnswer.YES);

        assertThatThrownBy(() -> risk.assess(application.getId(), application.getVersion(), answers, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Answer every question");

        answers.put("REPEAT_TARGETING", RiskAnswer.YES);
        answers.put("DISABILITY_OR_ILLNESS", RiskAnswer.NOT_KNOWN);
        answers.put("IMPACT_ON_HEALTH", RiskAnswer.NO);
        answers.put("CHILDREN_IN_HOUSEHOLD", RiskAnswer.NO);
        RiskAssessment assessment = risk.assess(application.getId(), application.getVersion(), answers,
                "Racist graffiti on the door");

        assertThat(assessment.getScore()).isEqualTo(8);
        assertThat(assessment.getLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(cases.reload(application).getRiskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.questionnaire(application.getId()).latest().getAnswers()).hasSize(6);
        CaseRow row = casework.search(CaseFilter.search(application.getReference()), PageRequest.of(0, 1))
                .getContent().getFirst();
        assertThat(row.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(casework.open(application.getId()).history()).extracting(e -> e.getDescription())
                .contains("Risk level: — → High");
    }
}
