package org.casereview.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.ThresholdPolicy;
import org.jspecify.annotations.Nullable;

/** A district or borough's Community Safety Partnership: who to contact, and the threshold policy it applies. */
@Entity
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code;
    private String name;
    private String county;
    private String csuPhone;
    private String csuEmail;
    private String csuAddress;
    private String hateCrimeLine;
    private String asbReporting;

    private int qualifyingComplaints;
    private int windowMonths;
    private int reportWithinMonths;
    private boolean sameOrSimilarRequired;
    private boolean communityRoute;
    private int communityIndividuals;
    private boolean dissatisfactionRequired;
    private boolean discretionAllowed;
    private int onlineAcknowledgementDays;
    private int otherAcknowledgementDays;
    private int decisionWorkingDays;
    @Enumerated(EnumType.STRING)
    private DecisionClock decisionFrom;
    private int finalReviewMonths;
    private String metWording = "";
    private String notMetWording = "";
    private String queryWording = "";
    /** The Office of the Police and Crime Commissioner for the area: one line each for name, address, phone, … */
    private String pccContact = "";
    private int riskMediumFrom;
    private int riskHighFrom;
    private int retentionYears = 6;

    @Version
    private long version;

    protected Partnership() {
        // for JPA
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }

    public String getCsuPhone() {
        return csuPhone;
    }

    public String getCsuEmail() {
        return csuEmail;
    }

    public String getCsuAddress() {
        return csuAddress;
    }

    public String getHateCrimeLine() {
        return hateCrimeLine;
    }

    public String getAsbReporting() {
        return asbReporting;
    }

    /** The policy as it stands today; a decision records its own copy so a later change never alters it. */
    public ThresholdPolicy policy() {
        return new ThresholdPolicy(qualifyingComplaints, windowMonths, reportWithinMonths, sameOrSimilarRequired,
                communityRoute, communityIndividuals, dissatisfactionRequired, discretionAllowed,
                onlineAcknowledgementDays, otherAcknowledgementDays, decisionWorkingDays, decisionFrom,
                finalReviewMonths);
    }

    public void changePolicy(ThresholdPolicy policy) {
        qualifyingComplaints = policy.qualifyingComplaints();
        windowMonths = policy.windowMonths();
        reportWithinMonths = policy.reportWithinMonths();
        sameOrSimilarRequired = policy.sameOrSimilarRequired();
        communityRoute = policy.communityRoute();
        communityIndividuals = policy.communityIndividuals();
        dissatisfactionRequired = policy.dissatisfactionRequired();
        discretionAllowed = policy.discretionAllowed();
        onlineAcknowledgementDays = policy.onlineAcknowledgementDays();
        otherAcknowledgementDays = policy.otherAcknowledgementDays();
        decisionWorkingDays = policy.decisionWorkingDays();
        decisionFrom = policy.decisionFrom();
        finalReviewMonths = policy.finalReviewMonths();
    }

    /** What happens next when a review is activated: a paragraph of the partnership's own words. */
    public String getMetWording() {
        return metWording;
    }

    /** Advice for a resident whose application does not meet the threshold, in the partnership's words. */
    public String getNotMetWording() {
        return notMetWording;
    }

    /** How to ask for the decision or the handling to be looked at again (second stage review, the PCC). */
    public String getQueryWording() {
        return queryWording;
    }

    /**
     * How to reach the Office of the Police and Crime Commissioner for the area, which offers a route to query the
     * threshold decision or how a review was carried out once the partnership's own second-stage review has decided.
     */
    public String getPccContact() {
        return pccContact;
    }

    /** The risk score from which the victim's risk is Medium. */
    public int getRiskMediumFrom() {
        return riskMediumFrom;
    }

    /** The risk score from which the victim's risk is High. */
    public int getRiskHighFrom() {
        return riskHighFrom;
    }

    /** How many years after closure a closed case is kept before the retention run anonymises it. */
    public int getRetentionYears() {
        return retentionYears;
    }

    public long getVersion() {
        return version;
    }

    /** The settings an administrator can change. */
    public PartnershipSettings settings() {
        return new PartnershipSettings(csuPhone, csuEmail, csuAddress, hateCrimeLine, asbReporting, metWording,
                notMetWording, queryWording, pccContact, policy(), riskMediumFrom, riskHighFrom, retentionYears);
    }

    void apply(PartnershipSettings settings) {
        csuPhone = settings.csuPhone();
        csuEmail = settings.csuEmail();
        csuAddress = settings.csuAddress();
        hateCrimeLine = settings.hateCrimeLine();
        asbReporting = settings.asbReporting();
        metWording = settings.metWording();
        notMetWording = settings.notMetWording();
        queryWording = settings.queryWording();
        pccContact = settings.pccContact();
        changePolicy(settings.policy());
        riskMediumFrom = settings.riskMediumFrom();
        riskHighFrom = settings.riskHighFrom();
        retentionYears = settings.retentionYears();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Partnership other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Partnership.class.hashCode();
    }

    @Override
    public String toString() {
        return "Partnership[" + code + "]";
    }
}
