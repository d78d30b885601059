package org.casereview.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.casereview.application.RiskLevel;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One completed questionnaire: the answers as asked, the score, the level. A reassessment adds a new one. */
@Entity
@Immutable
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    private int score;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    private int mediumFrom;
    private int highFrom;
    private @Nullable String notes;
    private String assessedBy;
    private Instant assessedAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "assessment_id", nullable = false)
    @OrderBy("position")
    private List<GivenAnswer> answers = new ArrayList<>();

    protected RiskAssessment() {
        // for JPA
    }

    RiskAssessment(long applicationId, List<GivenAnswer> answers, int mediumFrom, int highFrom,
                   @Nullable String notes, String assessedBy, Instant assessedAt) {
        this.applicationId = applicationId;
        this.answers = new ArrayList<>(answers);
        this.score = RiskScoring.score(answers.stream()
                .map(a -> new RiskScoring.Scored(a.getWeight(), a.getAnswer())).toList());
        this.level = RiskScoring.level(score, mediumFrom, highFrom);
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.notes = notes;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getScore() {
        return score;
    }

    /** The highest score possible with these questions. */
    public int getMaximum() {
        return answers.stream().mapToInt(GivenAnswer::getWeight).sum();
    }

    public RiskLevel getLevel() {
        return level;
    }

    public int getMediumFrom() {
        return mediumFrom;
    }

    public int getHighFrom() {
        return highFrom;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public List<GivenAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
