package org.casereview.notifications;

import org.casereview.drafts.DraftSaved;
import org.casereview.drafts.DraftService;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.templates.MessageTemplates;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the "come back to your application" e-mail, with its resume link, to the outbox in the transaction that
 * saved the draft. The link is a key to the applicant's answers, so the outbox drops the body once it is sent.
 */
@Component
class DraftMessages {

    static final String TEMPLATE = "draft-saved";
    /** The path the portal resumes a draft on; the token follows it. */
    static final String RESUME_PATH = "/apply/resume/";

    private final OutboxRepository outbox;
    private final PartnershipRepository partnerships;
    private final MessageTemplates templates;
    private final Clock clock;
    private final String portalUrl;

    DraftMessages(OutboxRepository outbox, PartnershipRepository partnerships, MessageTemplates templates, Clock clock,
                  @Value("${casereview.portal.url:http://localhost:8080}") String portalUrl) {
        this.outbox = outbox;
        this.partnerships = partnerships;
        this.templates = templates;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    @EventListener
    void on(DraftSaved event) {
        Map<String, Object> model = new HashMap<>();
        model.put("link", portalUrl + RESUME_PATH + event.token());
        model.put("deletedOn", event.deletedOn());
        model.put("days", DraftService.KEPT_FOR.toDays());
        Partnership partnership = event.partnershipCode() == null ? null
                : partnerships.findByCode(event.partnershipCode()).orElse(null);
        if (partnership != null) {
            model.put("partnership", partnership);
        }
        MessageTemplates.RenderedMessage message = templates.render(TEMPLATE, model);
        outbox.save(OutboxMessage.secret(TEMPLATE, event.email(),
                "Your saved ASB Case Review application: the link to come back to it", message.html(),
                message.text(), clock.instant()));
    }
}
