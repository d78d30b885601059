package org.casereview.drafts;

import org.casereview.TestCases;
import org.casereview.retention.RetentionRun;
import org.casereview.retention.RetentionRuns;
import org.casereview.retention.RetentionService;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts not sent within 30 days are deleted, and the deletion is listed with the retention runs. */
@SpringBootTest
class DraftCleanupTest {

    @Autowired
    DraftService drafts;
    @Autowired
    RetentionService retention;
    @Autowired
    RetentionRuns runs;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    @Test
    void a_draft_last_saved_more_than_30_days_ago_is_deleted_and_the_clean_up_is_listed() {
        Instant before = clock.instant();
        SavedDraftReceipt old = drafts.save(null, "old@example.org", "{}", "sevenoaks", Locale.UK);
        SavedDraftReceipt recent = drafts.save(null, "recent@example.org", "{}", "sevenoaks", Locale.UK);
        assertThat(old.deletedOn()).isEqualTo(TestCases.today().plusDays(30));
        jdbc.update("UPDATE application_draft SET saved_at = saved_at - INTERVAL 31 DAY, "
                + "expires_at = expires_at - INTERVAL 31 DAY WHERE id = ?", old.draftId());

        new DraftCleanup(drafts, retention, clock, Duration.ofHours(1)).run();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_draft WHERE id = ?", Integer.class,
                old.draftId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_draft WHERE id = ?", Integer.class,
                recent.draftId())).isOne();
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        // This clean-up, or the application's own that ran first, recorded it.
        assertThat(runs.runs(PageRequest.of(0, 10)).getContent()).anySatisfy(run -> {
            assertThat(run.kind()).isEqualTo(RetentionRun.Kind.DRAFT_CLEANUP);
            assertThat(run.draftsDeleted()).isPositive();
            assertThat(run.startedAt()).isAfterOrEqualTo(before);
        });
        assertThat(runs.schedule().draftsLastRun()).isAfterOrEqualTo(before);
    }
}
