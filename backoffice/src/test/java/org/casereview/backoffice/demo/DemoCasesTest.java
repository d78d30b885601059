package org.casereview.backoffice.demo;

import org.casereview.application.ApplicationStatus;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mode's sample cases, made at start-up through the services: every state of the life cycle is there, across
 * the partnerships, with something due and overdue, so every screen can be tried at once.
 */
@SpringBootTest(properties = {"casereview.demo=true", "casereview.demo.sample-cases=true",
        "casereview.demo.mail-catcher=false"})
class DemoCasesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccountRepository accounts;

    @Test
    void the_samples_cover_every_state_of_the_life_cycle_across_the_partnerships() {
        Set<ApplicationStatus> states = jdbc.queryForList("SELECT DISTINCT status FROM application", String.class)
                .stream().map(ApplicationStatus::valueOf).collect(Collectors.toSet());
        assertThat(states).isEqualTo(EnumSet.allOf(ApplicationStatus.class));
        List<String> areas = jdbc.queryForList("""
                SELECT DISTINCT p.code FROM application a JOIN partnership p ON p.id = a.partnership_id""",
                String.class);
        assertThat(areas).containsExactlyInAnyOrder("tonbridge-malling", "sevenoaks", "folkestone-hythe",
                "bassetlaw", "newark-sherwood", "test-valley");
    }

    @Test
    void each_review_screen_has_something_to_show() {
        assertThat(count("SELECT COUNT(*) FROM information_request WHERE answered_on IS NULL AND due_on < CURDATE()"))
                .as("an overdue request").isPositive();
        assertThat(count("SELECT COUNT(*) FROM information_request WHERE answered_via = 'BACK_OFFICE'"))
                .as("a request answered by the demo police user").isPositive();
        assertThat(count("SELECT COUNT(*) FROM panel_meeting WHERE peer_review_by IS NOT NULL"))
                .as("a peer-reviewed panel").isPositive();
        assertThat(count("SELECT COUNT(*) FROM recommendation WHERE issued_on IS NOT NULL AND response IS NULL"))
                .as("an issued recommendation with no response").isPositive();
        assertThat(count("SELECT COUNT(*) FROM recommendation WHERE response IS NOT NULL"))
                .as("a response").isPositive();
        assertThat(count("SELECT COUNT(*) FROM application WHERE status = 'OUTCOME_SENT' AND final_review_due < "
                + "CURDATE()")).as("an overdue final review").isPositive();
        assertThat(count("SELECT COUNT(*) FROM application WHERE status = 'REVIEW_ACTIVATED' AND decision_due <= "
                + "CURDATE() + INTERVAL 7 DAY")).as("an outcome due within days: the delay prompt").isPositive();
        assertThat(count("SELECT COUNT(*) FROM second_stage_review WHERE decision IS NULL")).isEqualTo(2);
    }

    @Test
    void the_demo_police_user_works_in_one_partnership_and_has_a_request_to_answer_there() {
        StaffAccount agency = accounts.findByUsername("agency").orElseThrow();
        assertThat(agency.getAgency()).hasToString("POLICE");
        assertThat(agency.getPartnershipId()).isNotNull();
        assertThat(count("""
                SELECT COUNT(*) FROM information_request r JOIN application a ON a.id = r.application_id
                WHERE r.agency = 'POLICE' AND r.answered_on IS NULL AND a.partnership_id = """
                + agency.getPartnershipId())).isPositive();
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
