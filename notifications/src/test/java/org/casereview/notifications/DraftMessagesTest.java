package org.casereview.notifications;

import org.casereview.drafts.DraftService;
import org.casereview.drafts.SavedDraftReceipt;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The resume link goes to the outbox with the draft; no mail server is involved. */
@SpringBootTest
class DraftMessagesTest {

    static final Pattern LINK = Pattern.compile("http://localhost:8080/apply/resume/([A-Za-z0-9_-]{43})");

    @Autowired
    DraftService drafts;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    TransactionTemplate transactions;

    private OutboxMessage newest() {
        return outbox.findAll().stream().max(Comparator.comparing(OutboxMessage::getId)).orElseThrow();
    }

    @Test
    void saving_a_draft_puts_a_message_with_a_working_link_and_the_deletion_date_in_the_outbox() {
        SavedDraftReceipt receipt = drafts.save(null, "robin@example.org", "{\"answers\":true}", "bassetlaw",
                Locale.UK);

        OutboxMessage message = newest();
        assertThat(message.getTemplate()).isEqualTo("draft-saved");
        assertThat(message.getRecipient()).isEqualTo("robin@example.org");
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message.getApplicationId()).isNull();
        assertThat(message.isRedactAfterSending()).isTrue();
        String date = org.casereview.threshold.ThresholdWording.date(receipt.deletedOn());
        assertThat(message.getBodyText()).contains(date, "30 days", "Bassetlaw Community Safety Unit", "01909 533533");
        assertThat(message.getBodyHtml()).contains(date);

        Matcher link = LINK.matcher(message.getBodyText());
        assertThat(link.find()).as("the text has the resume link").isTrue();
        assertThat(message.getBodyHtml()).contains("href=\"" + link.group() + "\"");
        assertThat(drafts.resume(link.group(1))).hasValueSatisfying(resumed ->
                assertThat(resumed.answers()).isEqualTo("{\"answers\":true}"));
    }

    @Test
    void without_a_council_area_yet_the_message_leaves_out_the_units_details() {
        drafts.save(null, "sam@example.org", "{}", null, Locale.UK);

        assertThat(newest().getBodyText()).doesNotContain("Community Safety Unit\nPhone");
    }

    @Test
    void no_message_is_written_for_a_save_that_was_rolled_back() {
        long before = outbox.count();

        transactions.executeWithoutResult(status -> {
            drafts.save(null, "lee@example.org", "{}", null, Locale.UK);
            status.setRollbackOnly();
        });

        assertThat(outbox.count()).isEqualTo(before);
    }
}
