package org.casereview.partnership;

import org.casereview.threshold.ThresholdPolicy;

/**
 * What an administrator can change about a partnership: the unit's contact details, the wording its letters use,
 * the threshold policy's numbers and where the risk score's levels begin.
 */
public record PartnershipSettings(String csuPhone, String csuEmail, String csuAddress, String hateCrimeLine,
                                  String asbReporting, String metWording, String notMetWording, String queryWording,
                                  ThresholdPolicy policy, int riskMediumFrom, int riskHighFrom) {
}
