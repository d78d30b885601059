package org.casereview.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.casereview.application.RiskLevel;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.Route;
import org.casereview.threshold.ThresholdPolicy;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The officer's threshold decision: who, when, why, what the assessment said, what the applicant was told, and a copy
 * of the policy it was made under. Never changed once made.
 */
@Entity
@Immutable
public class ThresholdDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    @Enumerated(EnumType.STRING)
    private DecisionOutcome outcome;
    @Enumerated(EnumType.STRING)
    private @Nullable Route route;
    private @Nullable String reason;
    private String decidedBy;
    private String decidedByName;
    private Instant decidedAt;
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    private @Nullable RiskLevel riskLevel;
    private String assessmentSummary;
    private String residentText;

    private int policyQualifyingComplaints;
    private int policyWindowMonths;
    private int policyReportWithinMonths;
    private boolean policySameOrSimilarRequired;
    private boolean policyCommunityRoute;
    private int policyCommunityIndividuals;
    private boolean policyDissatisfactionRequired;
    private boolean policyDiscretionAllowed;
    private int policyOnlineAcknowledgementDays;
    private int policyOtherAcknowledgementDays;
    private int policyDecisionWorkingDays;
    @Enumerated(EnumType.STRING)
    private DecisionClock policyDecisionFrom;
    private int policyFinalReviewMonths;

    protected ThresholdDecision() {
        // for JPA
    }

    ThresholdDecision(long applicationId, DecisionOutcome outcome, @Nullable Route route, @Nullable String reason,
                      String decidedBy, String decidedByName, Instant decidedAt, LocalDate decidedOn,
                      @Nullable RiskLevel riskLevel, String assessmentSummary, String residentText,
                      ThresholdPolicy policy) {
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.route = route;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.decidedOn = decidedOn;
        this.riskLevel = riskLevel;
        this.assessmentSummary = assessmentSummary;
        this.residentText = residentText;
        this.policyQualifyingComplaints = policy.qualifyingComplaints();
        this.policyWindowMonths = policy.windowMonths();
        this.policyReportWithinMonths = policy.reportWithinMonths();
        this.policySameOrSimilarRequired = policy.sameOrSimilarRequired();
        this.policyCommunityRoute = policy.communityRoute();
        this.policyCommunityIndividuals = policy.communityIndividuals();
        this.policyDissatisfactionRequired = policy.dissatisfactionRequired();
        this.policyDiscretionAllowed = policy.discretionAllowed();
        this.policyOnlineAcknowledgementDays = policy.onlineAcknowledgementDays();
        this.policyOtherAcknowledgementDays = policy.otherAcknowledgementDays();
        this.policyDecisionWorkingDays = policy.decisionWorkingDays();
        this.policyDecisionFrom = policy.decisionFrom();
        this.policyFinalReviewMonths = policy.finalReviewMonths();
    }

    /** The policy as it stood when the decision was made. */
    public ThresholdPolicy policy() {
        return new ThresholdPolicy(policyQualifyingComplaints, policyWindowMonths, policyReportWithinMonths,
                policySameOrSimilarRequired, policyCommunityRoute, policyCommunityIndividuals,
                policyDissatisfactionRequired, policyDiscretionAllowed, policyOnlineAcknowledgementDays,
                policyOtherAcknowledgementDays, policyDecisionWorkingDays, policyDecisionFrom,
                policyFinalReviewMonths);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public @Nullable Route getRoute() {
        return route;
    }

    public @Nullable String getReason() {
        return reason;
    }

    /** The username of the officer who decided. */
    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public @Nullable RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public String getAssessmentSummary() {
        return assessmentSummary;
    }

    /** What the applicant was told, paragraphs separated by a blank line. */
    public String getResidentText() {
        return residentText;
    }
}
