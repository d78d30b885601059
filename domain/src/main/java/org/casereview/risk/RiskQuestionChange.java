package org.casereview.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One change to a risk questionnaire: who, when, which question, what changed, from what, to what. Only ever added.
 *
 * @see RiskQuestionAdministration
 */
@Entity
@Immutable
public class RiskQuestionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long partnershipId;
    private @Nullable String questionCode;
    private Instant changedAt;
    private String changedBy;
    private String what;
    private @Nullable String oldValue;
    private @Nullable String newValue;

    protected RiskQuestionChange() {
        // for JPA
    }

    RiskQuestionChange(@Nullable Long partnershipId, @Nullable String questionCode, Instant changedAt,
                       String changedBy, String what, @Nullable String oldValue, @Nullable String newValue) {
        this.partnershipId = partnershipId;
        this.questionCode = questionCode;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.what = what;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /** Null for the shared set. */
    public @Nullable Long getPartnershipId() {
        return partnershipId;
    }

    public @Nullable String getQuestionCode() {
        return questionCode;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** "Added", "Question", "Guidance", "Weight", "Order", "Retired", "Copied from the shared set". */
    public String getWhat() {
        return what;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }
}
