package org.casereview.partnership;

import org.casereview.threshold.ThresholdPolicy;

/**
 * What an administrator can change about a partnership: the unit's contact details, the wording its letters use,
 * the threshold policy's numbers and where the risk score's levels begin.
 *
 * @param pccContact the Office of the Police and Crime Commissioner for the area, one line each (name, address, phone,
 *                   e-mail, website): the route to query a decision after the second-stage review
 */
public record PartnershipSettings(String csuPhone, String csuEmail, String csuAddress, String hateCrimeLine,
                                  String asbReporting, String metWording, String notMetWording, String queryWording,
                                  String pccContact, ThresholdPolicy policy, int riskMediumFrom, int riskHighFrom) {
}
