package org.casereview.drafts;

import org.casereview.application.InvalidApplicationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class DraftServiceTest {

    @Autowired
    DraftService drafts;
    @Autowired
    SavedDraftRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private DraftSaved lastSaved() {
        return events.stream(DraftSaved.class).reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void a_saved_draft_is_found_again_with_the_link_and_is_kept_for_30_days() {
        SavedDraftReceipt receipt = drafts.save(null, " sam@example.org ", "{\"name\":\"Sam\"}", "sevenoaks",
                Locale.UK);

        DraftSaved saved = lastSaved();
        assertThat(saved.email()).isEqualTo("sam@example.org");
        assertThat(saved.partnershipCode()).isEqualTo("sevenoaks");
        assertThat(saved.token()).hasSize(43);
        assertThat(receipt.deletedOn()).isEqualTo(LocalDate.now(org.casereview.DomainConfiguration.UK).plusDays(30));
        assertThat(drafts.resume(saved.token())).hasValueSatisfying(resumed -> {
            assertThat(resumed.draftId()).isEqualTo(receipt.draftId());
            assertThat(resumed.answers()).isEqualTo("{\"name\":\"Sam\"}");
            assertThat(resumed.deletedOn()).isEqualTo(receipt.deletedOn());
        });
    }

    @Test
    void only_the_tokens_hash_is_stored() {
        drafts.save(null, "kim@example.org", "{}", null, Locale.UK);
        String token = lastSaved().token();

        String stored = jdbc.queryForObject("SELECT token_hash FROM application_draft WHERE id = ?", String.class,
                lastSaved().draftId());
        assertThat(stored).hasSize(64).isNotEqualTo(token).isEqualTo(DraftService.hash(token));
        Integer rowsWithToken = jdbc.queryForObject("SELECT COUNT(*) FROM application_draft WHERE token_hash = ? "
                + "OR answers LIKE CONCAT('%', ?, '%')", Integer.class, token, token);
        assertThat(rowsWithToken).isZero();
    }

    @Test
    void saving_again_replaces_the_answers_and_the_old_link_stops_working() {
        SavedDraftReceipt first = drafts.save(null, "lee@example.org", "{\"step\":1}", null, Locale.UK);
        String oldToken = lastSaved().token();

        SavedDraftReceipt second = drafts.save(first.draftId(), "lee@example.org", "{\"step\":2}", null, Locale.UK);

        assertThat(second.draftId()).isEqualTo(first.draftId());
        assertThat(drafts.resume(oldToken)).isEmpty();
        assertThat(drafts.resume(lastSaved().token())).hasValueSatisfying(r -> assertThat(r.answers())
                .isEqualTo("{\"step\":2}"));
    }

    @Test
    void an_expired_draft_cannot_be_resumed_and_is_deleted_by_the_cleanup() {
        SavedDraftReceipt receipt = drafts.save(null, "old@example.org", "{}", null, Locale.UK);
        String token = lastSaved().token();
        jdbc.update("UPDATE application_draft SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?",
                receipt.draftId());

        assertThat(drafts.resume(token)).isEmpty();
        assertThat(drafts.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(repository.findById(receipt.draftId())).isEmpty();
    }

    @Test
    void a_discarded_draft_is_gone_and_made_up_links_find_nothing() {
        SavedDraftReceipt receipt = drafts.save(null, "jo@example.org", "{}", null, Locale.UK);
        String token = lastSaved().token();

        drafts.discard(receipt.draftId());

        assertThat(drafts.resume(token)).isEmpty();
        assertThat(drafts.resume("not-a-token")).isEmpty();
        assertThat(drafts.resume("A".repeat(43))).isEmpty();
    }

    @Test
    void a_draft_needs_an_email_address_in_a_usable_form_and_nothing_is_saved_without_one() {
        long before = repository.count();

        assertThatThrownBy(() -> drafts.save(null, "nope", "{}", null, Locale.UK))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("draftEmail")));
        assertThat(repository.count()).isEqualTo(before);
    }
}
