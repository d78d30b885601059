package org.casereview.notifications.outbox;

import org.casereview.application.Application;
import org.casereview.application.ContactMethod;
import org.casereview.notifications.templates.MessageTemplates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes messages to the outbox, in the caller's transaction, by the channel the applicant chose: e-mail when they
 * gave an address and did not ask for post, otherwise a letter that waits in the print queue.
 */
@Component
public class Outbox {

    private final OutboxRepository messages;
    private final MessageTemplates templates;
    private final Clock clock;

    Outbox(OutboxRepository messages, MessageTemplates templates, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Renders {@code template} for the application's applicant and stores it for delivery.
     *
     * @return the stored message, or empty when the applicant can be reached neither by e-mail nor by post
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OutboxMessage> toApplicant(Application application, String template, String subject,
                                               Map<String, Object> model) {
        Optional<Recipient> recipient = recipientOf(application);
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        MessageTemplates.RenderedMessage rendered = templates.render(template, modelFor(application, model));
        return Optional.of(messages.save(new OutboxMessage(application.getId(), template, recipient.get().channel(),
                recipient.get().address(), subject, rendered.html(), rendered.text(), clock.instant())));
    }

    /**
     * Like {@link #toApplicant}, by the channel an officer chose rather than the applicant's preference: an e-mail to
     * their address, or a letter to their postal address.
     *
     * @return the stored message, or empty when the applicant has no address of that kind
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OutboxMessage> toApplicantBy(OutboxMessage.Channel channel, Application application,
                                                 String template, String subject, Map<String, Object> model) {
        Optional<Recipient> recipient = switch (channel) {
            case EMAIL -> Optional.ofNullable(application.getApplicantEmail())
                    .map(email -> new Recipient(OutboxMessage.Channel.EMAIL, email));
            case LETTER -> postalRecipient(application);
        };
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        MessageTemplates.RenderedMessage rendered = templates.render(template, modelFor(application, model));
        return Optional.of(messages.save(new OutboxMessage(application.getId(), template, recipient.get().channel(),
                recipient.get().address(), subject, rendered.html(), rendered.text(), clock.instant())));
    }

    /**
     * Renders {@code template} for an agency and stores it for delivery by e-mail. The model is the caller's alone:
     * the application (and so the applicant's details) is not added, so an agency's message cannot show them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toAgency(long applicationId, String email, String template, String subject,
                                  Map<String, Object> model) {
        MessageTemplates.RenderedMessage rendered = templates.render(template, model);
        return messages.save(new OutboxMessage(applicationId, template, OutboxMessage.Channel.EMAIL, email, subject,
                rendered.html(), rendered.text(), clock.instant()));
    }

    /** What {@link #toApplicant} would send, without storing anything: for staff to read before it goes. */
    public MessageTemplates.RenderedMessage preview(Application application, String template, Map<String, Object> model) {
        return templates.render(template, modelFor(application, model));
    }

    /** E-mail unless the applicant asked for post or gave no e-mail address; post needs an address. */
    public static Optional<Recipient> recipientOf(Application application) {
        String email = application.getApplicantEmail();
        if (email != null && application.getPreferredContact() != ContactMethod.POST) {
            return Optional.of(new Recipient(OutboxMessage.Channel.EMAIL, email));
        }
        Optional<Recipient> post = postalRecipient(application);
        if (post.isPresent()) {
            return post;
        }
        return email == null ? Optional.empty() : Optional.of(new Recipient(OutboxMessage.Channel.EMAIL, email));
    }

    private static Optional<Recipient> postalRecipient(Application application) {
        return postalAddress(application).map(lines -> new Recipient(OutboxMessage.Channel.LETTER, lines));
    }

    /** The applicant's name and postal address, one line each, as a letter is addressed; empty without an address. */
    public static Optional<String> postalAddress(Application application) {
        String address = application.getApplicantAddress();
        if (address == null) {
            return Optional.empty();
        }
        String postcode = application.getApplicantPostcode();
        return Optional.of(application.getApplicantName() + "\n" + address + (postcode == null ? "" : "\n" + postcode));
    }

    private static Map<String, Object> modelFor(Application application, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.putIfAbsent("application", application);
        all.putIfAbsent("partnership", application.getPartnership());
        return all;
    }

    /** Where a message goes: an e-mail address, or the lines of a postal address. */
    public record Recipient(OutboxMessage.Channel channel, String address) {
    }
}
