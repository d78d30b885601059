package org.casereview.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
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

    @Version
    private long version;

    protected RiskQuestion() {
        // for JPA
    }

    /** A new, active question of a partnership's set ({@code partnershipId} null: the shared set). */
    RiskQuestion(@Nullable Long partnershipId, int position, String code, String question, @Nullable String guidance,
                 int weight) {
        this.partnershipId = partnershipId;
        this.position = position;
        this.code = code;
        this.question = question;
        this.guidance = guidance;
        this.weight = weight;
        this.active = true;
    }

    void reword(String question, @Nullable String guidance, int weight) {
        this.question = question;
        this.guidance = guidance;
        this.weight = weight;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** Not asked any more; answers already given keep its words. */
    void retire() {
        this.active = false;
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

    public long getVersion() {
        return version;
    }
}
