package org.casereview.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The officer's request to one agency for its complete case details and actions taken, and the agency's answer. */
@Entity
public class InformationRequest {

    /** How the answer reached us. */
    public enum AnsweredVia { BACK_OFFICE, EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private String agencyName;
    private @Nullable String contactEmail;
    private String requestText;
    private LocalDate requestedOn;
    private LocalDate dueOn;
    private String requestedBy;
    private @Nullable LocalDate remindedOn;
    private @Nullable String answerText;
    private @Nullable LocalDate answeredOn;
    private @Nullable String answeredBy;
    @Enumerated(EnumType.STRING)
    private @Nullable AnsweredVia answeredVia;
    @Version
    private long version;

    protected InformationRequest() {
    }

    InformationRequest(long applicationId, Agency agency, String agencyName, @Nullable String contactEmail,
                       String requestText, LocalDate requestedOn, LocalDate dueOn, String requestedBy) {
        this.applicationId = applicationId;
        this.agency = agency;
        this.agencyName = agencyName;
        this.contactEmail = contactEmail;
        this.requestText = requestText;
        this.requestedOn = requestedOn;
        this.dueOn = dueOn;
        this.requestedBy = requestedBy;
    }

    void answer(String text, LocalDate on, String by, AnsweredVia via) {
        this.answerText = text;
        this.answeredOn = on;
        this.answeredBy = by;
        this.answeredVia = via;
    }

    /** Marks the reminder as sent, so it goes once. */
    public void reminded(LocalDate on) {
        this.remindedOn = on;
    }

    public boolean isAnswered() {
        return answeredOn != null;
    }

    /** Not answered and past its due day: the review's findings list the agency. */
    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && today.isAfter(dueOn);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public String getRequestText() {
        return requestText;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public @Nullable LocalDate getRemindedOn() {
        return remindedOn;
    }

    public @Nullable String getAnswerText() {
        return answerText;
    }

    public @Nullable LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public @Nullable String getAnsweredBy() {
        return answeredBy;
    }

    public @Nullable AnsweredVia getAnsweredVia() {
        return answeredVia;
    }

    public long getVersion() {
        return version;
    }
}
