package org.casereview.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The check of the action plan after the outcome: what the resident was told, and whether the case closed. */
@Entity
public class FinalReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    private LocalDate reviewedOn;
    private String result;
    private boolean closed;
    private @Nullable LocalDate nextReviewDue;
    private String reviewedBy;

    protected FinalReview() {
    }

    FinalReview(long applicationId, LocalDate reviewedOn, String result, @Nullable LocalDate nextReviewDue,
                String reviewedBy) {
        this.applicationId = applicationId;
        this.reviewedOn = reviewedOn;
        this.result = result;
        this.closed = nextReviewDue == null;
        this.nextReviewDue = nextReviewDue;
        this.reviewedBy = reviewedBy;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getResult() {
        return result;
    }

    public boolean isClosed() {
        return closed;
    }

    public @Nullable LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }
}
