package org.casereview.notifications.outbox;

import org.casereview.personaldata.Anonymised;
import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The e-mails and letters a case has had. A subject access export lists each with its words; anonymising keeps when,
 * which template, by which channel and what became of it (counted in statistics), and removes the address and the
 * words. A message not yet delivered is cancelled.
 */
@Component
@Order(50)
class OutboxPersonalData implements CasePersonalData {

    static final String REMOVED_RECIPIENT = "(removed)";

    private static final CaseTable MESSAGES = CaseTable.of("outbox_message",
            Set.of("recipient", "body_html", "body_text", "last_error"),
            Set.of("id", "application_id", "template", "channel", "subject", "status", "attempts", "next_attempt_at",
                    "created_at", "sent_at", "redact_after_sending"));

    private static final CaseRows COLUMNS = CaseRows.columns()
            .label("created_at", "Written")
            .coded("channel", "By")
            .label("recipient", "To")
            .coded("status", "What happened")
            .label("sent_at", "Sent or posted")
            .label("body_text", "The message")
            .skip("subject", "template", "body_html", "attempts", "next_attempt_at", "last_error",
                    "redact_after_sending");

    private final JdbcTemplate jdbc;

    OutboxPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(MESSAGES);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        return COLUMNS.section("Messages sent", jdbc.queryForList(
                        "SELECT * FROM outbox_message WHERE application_id = ? ORDER BY created_at, id", applicationId),
                row -> String.valueOf(row.get("subject")));
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.update("""
                UPDATE outbox_message SET recipient = ?, body_html = ?, body_text = ?, last_error = NULL,
                    status = CASE WHEN status IN ('PENDING', 'AWAITING_PRINT') THEN 'CANCELLED' ELSE status END
                WHERE application_id = ?""", REMOVED_RECIPIENT, Anonymised.TEXT, Anonymised.TEXT, applicationId);
    }
}
