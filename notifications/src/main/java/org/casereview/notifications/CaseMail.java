package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.history.CaseHistory;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.Optional;

/**
 * Writes a composed message about a case to the outbox, in the transaction of the change that causes it. When it
 * cannot go (the applicant has no e-mail or postal address, the agency no e-mail address), nothing is written and
 * the case's history says so, so that staff send it another way.
 */
@Component
class CaseMail {

    /** How the history names the system when it records what it could not send. */
    static final String ACTOR = "Case Review";
    static final String NOT_SENT = "MESSAGE_NOT_SENT";

    private final Outbox outbox;
    private final CaseHistory history;

    CaseMail(Outbox outbox, CaseHistory history) {
        this.outbox = outbox;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<OutboxMessage> send(Application application, CaseMessage message) {
        long id = Objects.requireNonNull(application.getId());
        CaseMessage.AgencyContact agency = message.agency();
        if (agency == null) {
            Optional<OutboxMessage> written = outbox.toApplicant(application, message.template(), message.subject(),
                    message.model());
            if (written.isEmpty()) {
                history.record(id, ACTOR, NOT_SENT, message.title() + " not sent: the applicant has no e-mail or "
                        + "postal address on the case. Tell them another way.");
            }
            return written;
        }
        if (agency.email() == null) {
            history.record(id, ACTOR, NOT_SENT, message.title() + " not sent: there is no e-mail address for "
                    + agency.name() + " on the " + agency.about() + ". Send it another way.");
            return Optional.empty();
        }
        return Optional.of(outbox.toAgency(id, agency.email(), message.template(), message.subject(),
                message.model()));
    }
}
