package org.casereview.threshold;

/** How an application came to meet the threshold. */
public enum Route {
    /** Enough qualifying complaints: one victim's, where the policy also has a community route. */
    INDIVIDUAL,
    /** Enough separate individuals reported related behaviour (Bassetlaw, Newark & Sherwood, Test Valley). */
    COMMUNITY,
    /** Below the threshold, but accepted by an officer for the harm or the victim's vulnerability. Never set by
     * {@link ThresholdAssessment#assess}: an officer records it, with the reason. */
    DISCRETION
}
