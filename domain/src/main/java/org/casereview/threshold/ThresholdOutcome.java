package org.casereview.threshold;

/** The result of checking an application against the threshold. */
public enum ThresholdOutcome {
    MET,
    NOT_MET,
    /** Not a case review at all, whatever the count: see {@link Exclusion}. Reported separately from NOT_MET because
     * the resident is pointed somewhere else, not told their reports fall short. */
    EXCLUDED
}
