package org.casereview.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** One question of a partnership's questionnaire (or of the default set, when it has no partnership). */
@Entity
public class RiskQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long partnershipId;
    private int position;
    private String code;
    private String question;
    private @Nullable String guidance;
    private int weight;
    private boolean active;

    protected RiskQuestion() {
        // for JPA
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getPartnershipId() {
        return partnershipId;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }

    public @Nullable String getGuidance() {
        return guidance;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isActive() {
        return active;
    }
}
