package org.casereview.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One action of the action plan: what, which agency owns it, by when, and how it went. */
@Entity
public class PlannedAction {

    public enum Status {
        NOT_STARTED("Not started"),
        IN_PROGRESS("In progress"),
        COMPLETE("Complete"),
        NOT_DONE("Not done");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    private String description;
    private String ownerAgency;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status = Status.NOT_STARTED;
    private @Nullable LocalDate completedOn;
    private @Nullable String notes;
    private String createdBy;
    private Instant createdAt;

    protected PlannedAction() {
    }

    PlannedAction(long applicationId, String description, String ownerAgency, LocalDate dueOn, String createdBy,
                  Instant createdAt) {
        this.applicationId = applicationId;
        this.description = description;
        this.ownerAgency = ownerAgency;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void update(Status newStatus, @Nullable String newNotes, LocalDate today) {
        this.status = newStatus;
        this.notes = newNotes;
        this.completedOn = newStatus == Status.COMPLETE ? (completedOn != null ? completedOn : today) : null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerAgency() {
        return ownerAgency;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable LocalDate getCompletedOn() {
        return completedOn;
    }

    public @Nullable String getNotes() {
        return notes;
    }
}
