package org.casereview.partnership;

import org.casereview.threshold.ThresholdPolicy;

/**
 * What an administrator can change about a partnership: the unit's contact details, the wording its letters use,
 * the threshold policy's numbers, where the risk score's levels begin, and how long closed cases are kept.
 *
 * @param pccContact     the Office of the Police and Crime Commissioner for the area, one line each (name, address,
 *                       phone, e-mail, website): the route to query a decision after the second-stage review
 * @param retentionYears how many years after closure a closed case is kept before it is anonymised
 */
public record PartnershipSettings(String csuPhone, String csuEmail, String csuAddress, String hateCrimeLine,
                                  String asbReporting, String metWording, String notMetWording, String queryWording,
                                  String pccContact, ThresholdPolicy policy, int riskMediumFrom, int riskHighFrom,
                                  int retentionYears) {

    /** The shortest and longest retention an administrator may set, in years after closure. */
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 25;
}
