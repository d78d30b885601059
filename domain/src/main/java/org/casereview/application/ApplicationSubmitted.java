package org.casereview.application;

/**
 * Published inside the transaction that stored a new application, so that listeners (the acknowledgement message)
 * commit or roll back with it.
 */
public record ApplicationSubmitted(long applicationId, String reference) {
}
