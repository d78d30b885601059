package org.casereview.review;

/**
 * What the review steps publish, after the change is saved in the same transaction, so notifications can tell the
 * applicant and the agencies. Each carries ids only: listeners read what they need.
 */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** An agency was asked for its case details and actions. */
    public record InformationRequested(long applicationId, long requestId) {
    }

    /** A recommendation was issued to an agency (with the outcome, or a second-stage decision). */
    public record RecommendationIssued(long applicationId, long recommendationId) {
    }

    /** The outcome letter is to go to the applicant. */
    public record OutcomeSent(long applicationId) {
    }

    /** The applicant is to be told the outcome will be late. */
    public record DelayNoticeSent(long applicationId, long noticeId) {
    }

    /** The applicant is to be told the result of the final review. */
    public record FinalReviewRecorded(long applicationId, long finalReviewId) {
    }

    /** A second-stage review was asked for: the applicant gets an acknowledgement. */
    public record SecondStageRequested(long applicationId, long secondStageId) {
    }

    /** The independent panel decided: the applicant is told, with the Police and Crime Commissioner's route. */
    public record SecondStageDecided(long applicationId, long secondStageId) {
    }

    /** The application was withdrawn or the case closed by staff. */
    public record CaseClosed(long applicationId, boolean withdrawn) {
    }
}
