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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recommendation addressed to one agency, by the review panel or a second-stage panel. Issued with the outcome
 * (or the second-stage decision); the agency must have regard to it and say whether it will act, with reasons.
 */
@Entity
public class Recommendation {

    /** The agency's answer under its duty to have regard. */
    public enum Response {
        WILL_ACT("Will act on it"),
        WILL_NOT_ACT("Will not act on it");

        private final String label;

        Response(String label) {
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
    private @Nullable Long secondStageId;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private String agencyName;
    private @Nullable String contactEmail;
    private String recommendationText;
    private @Nullable LocalDate issuedOn;
    @Enumerated(EnumType.STRING)
    private @Nullable Response response;
    private @Nullable String responseReasons;
    private @Nullable LocalDate respondedOn;
    private @Nullable String respondedBy;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Recommendation() {
    }

    Recommendation(long applicationId, @Nullable Long secondStageId, Agency agency, String agencyName,
                   @Nullable String contactEmail, String text, String createdBy, Instant createdAt) {
        this.applicationId = applicationId;
        this.secondStageId = secondStageId;
        this.agency = agency;
        this.agencyName = agencyName;
        this.contactEmail = contactEmail;
        this.recommendationText = text;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void issue(LocalDate on) {
        this.issuedOn = on;
    }

    void respond(Response answer, String reasons, LocalDate on, String by) {
        this.response = answer;
        this.responseReasons = reasons;
        this.respondedOn = on;
        this.respondedBy = by;
    }

    public boolean isIssued() {
        return issuedOn != null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public @Nullable Long getSecondStageId() {
        return secondStageId;
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

    public String getRecommendationText() {
        return recommendationText;
    }

    public @Nullable LocalDate getIssuedOn() {
        return issuedOn;
    }

    public @Nullable Response getResponse() {
        return response;
    }

    public @Nullable String getResponseReasons() {
        return responseReasons;
    }

    public @Nullable LocalDate getRespondedOn() {
        return respondedOn;
    }

    public @Nullable String getRespondedBy() {
        return respondedBy;
    }

    public long getVersion() {
        return version;
    }
}
