package org.casereview.decision;

/**
 * Published inside the transaction that recorded a threshold decision, so that the applicant's message is written to
 * the outbox with it, or not at all.
 */
public record ThresholdDecided(long applicationId, long decisionId, DecisionOutcome outcome) {
}
