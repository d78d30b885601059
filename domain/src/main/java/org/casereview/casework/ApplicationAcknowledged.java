package org.casereview.casework;

import org.casereview.application.AcknowledgementMethod;

/**
 * An officer acknowledged an application, published inside the transaction that recorded it: an e-mail
 * acknowledgement is written to the outbox with it, or not at all.
 */
public record ApplicationAcknowledged(long applicationId, String reference, AcknowledgementMethod method) {
}
