package org.casereview.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The applicant was told the outcome will be late: why, and by when it will come. */
@Entity
public class DelayNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    private LocalDate sentOn;
    private String reason;
    private LocalDate previousDue;
    private LocalDate newDue;
    private String sentBy;

    protected DelayNotice() {
    }

    DelayNotice(long applicationId, LocalDate sentOn, String reason, LocalDate previousDue, LocalDate newDue,
                String sentBy) {
        this.applicationId = applicationId;
        this.sentOn = sentOn;
        this.reason = reason;
        this.previousDue = previousDue;
        this.newDue = newDue;
        this.sentBy = sentBy;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getPreviousDue() {
        return previousDue;
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public String getSentBy() {
        return sentBy;
    }
}
