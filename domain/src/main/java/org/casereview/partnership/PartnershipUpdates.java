package org.casereview.partnership;

import org.casereview.ActionRefusedException;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.ThresholdPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Changes to a partnership's settings, checked and recorded setting by setting with the old and new value. Who may
 * make them is decided by {@code administration.PartnershipAdministration}, the only caller.
 */
@Component
public class PartnershipUpdates {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Each setting, named as the change log shows it. */
    private static final Map<String, Function<PartnershipSettings, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("Phone", PartnershipSettings::csuPhone);
        FIELDS.put("E-mail", PartnershipSettings::csuEmail);
        FIELDS.put("Address", PartnershipSettings::csuAddress);
        FIELDS.put("Hate crime line", PartnershipSettings::hateCrimeLine);
        FIELDS.put("How to report anti-social behaviour", PartnershipSettings::asbReporting);
        FIELDS.put("Wording: review activated", PartnershipSettings::metWording);
        FIELDS.put("Wording: threshold not met", PartnershipSettings::notMetWording);
        FIELDS.put("Wording: how to query a decision", PartnershipSettings::queryWording);
        FIELDS.put("Police and Crime Commissioner's office", PartnershipSettings::pccContact);
        FIELDS.put("Qualifying complaints", s -> s.policy().qualifyingComplaints());
        FIELDS.put("Window (months)", s -> s.policy().windowMonths());
        FIELDS.put("Report within (months)", s -> s.policy().reportWithinMonths());
        FIELDS.put("Same or similar behaviour required", s -> s.policy().sameOrSimilarRequired());
        FIELDS.put("Community route", s -> s.policy().communityRoute());
        FIELDS.put("Community route: individuals", s -> s.policy().communityIndividuals());
        FIELDS.put("Reporters must be dissatisfied", s -> s.policy().dissatisfactionRequired());
        FIELDS.put("Officer's discretion allowed", s -> s.policy().discretionAllowed());
        FIELDS.put("Acknowledge online (working days)", s -> s.policy().onlineAcknowledgementDays());
        FIELDS.put("Acknowledge other channels (working days)", s -> s.policy().otherAcknowledgementDays());
        FIELDS.put("Decision (working days)", s -> s.policy().decisionWorkingDays());
        FIELDS.put("Decision runs from", s -> s.policy().decisionFrom());
        FIELDS.put("Final review (months)", s -> s.policy().finalReviewMonths());
        FIELDS.put("Risk: Medium from", PartnershipSettings::riskMediumFrom);
        FIELDS.put("Risk: High from", PartnershipSettings::riskHighFrom);
        FIELDS.put("Keep closed cases (years after closure)", PartnershipSettings::retentionYears);
    }

    private final PartnershipRepository partnerships;
    private final PartnershipChangeRepository changes;
    private final Clock clock;

    PartnershipUpdates(PartnershipRepository partnerships, PartnershipChangeRepository changes, Clock clock) {
        this.partnerships = partnerships;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PartnershipChange> changes(long id) {
        return changes.findByPartnershipIdOrderByChangedAtDescIdDesc(id);
    }

    /**
     * Saves the settings and records each one that changed. A change applies from then on: a decision already made
     * keeps its own copy of the policy, and a case already received keeps its due dates.
     *
     * @param actor who made the change, as the log shows it
     * @return how many settings changed
     */
    @Transactional
    public int update(long id, long expectedVersion, PartnershipSettings settings, String actor) {
        Partnership partnership = partnerships.findById(id)
                .orElseThrow(() -> new ActionRefusedException("There is no such partnership"));
        if (partnership.getVersion() != expectedVersion) {
            throw new ActionRefusedException(partnership.getName() + " was changed by someone else after you "
                    + "opened it. Nothing you entered was saved: reload to see their change, then try again.");
        }
        check(settings);
        PartnershipSettings before = partnership.settings();
        int changed = 0;
        for (var field : FIELDS.entrySet()) {
            String oldValue = String.valueOf(field.getValue().apply(before));
            String newValue = String.valueOf(field.getValue().apply(settings));
            if (!oldValue.equals(newValue)) {
                changes.save(new PartnershipChange(id, clock.instant(), actor, field.getKey(), oldValue, newValue));
                changed++;
            }
        }
        partnership.apply(settings);
        return changed;
    }

    private static void check(PartnershipSettings settings) {
        require(!settings.csuPhone().isBlank(), "Enter the unit's phone number");
        require(EMAIL.matcher(settings.csuEmail().strip()).matches(),
                "Enter the unit's e-mail address in the correct format, like name@example.gov.uk");
        require(!settings.csuAddress().isBlank(), "Enter the unit's postal address");
        require(!settings.asbReporting().isBlank(), "Say how residents report anti-social behaviour");
        require(settings.riskMediumFrom() >= 1 && settings.riskMediumFrom() < settings.riskHighFrom(),
                "The score for Medium risk must be at least 1 and below the score for High risk");
        require(settings.retentionYears() >= PartnershipSettings.MIN_RETENTION_YEARS
                        && settings.retentionYears() <= PartnershipSettings.MAX_RETENTION_YEARS,
                "Closed cases must be kept for " + PartnershipSettings.MIN_RETENTION_YEARS + " to "
                        + PartnershipSettings.MAX_RETENTION_YEARS + " years after closure");
        require(settings.csuPhone().length() <= 40, "The phone number must be 40 characters or fewer");
        require(settings.csuEmail().length() <= 254, "The e-mail address must be 254 characters or fewer");
        require(settings.csuAddress().length() <= 400, "The address must be 400 characters or fewer");
        require(settings.hateCrimeLine().length() <= 300, "The hate crime line must be 300 characters or fewer");
        require(settings.asbReporting().length() <= 600, "How to report must be 600 characters or fewer");
        require(settings.pccContact().length() <= 600,
                "The Police and Crime Commissioner's contact details must be 600 characters or fewer");
        for (String wording : List.of(settings.metWording(), settings.notMetWording(), settings.queryWording())) {
            require(wording.length() <= 2000, "Each piece of wording must be 2000 characters or fewer");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ActionRefusedException(message);
        }
    }

    /** Checks a policy's numbers as the Act allows, in the administrator's words. */
    public static ThresholdPolicy policy(int qualifyingComplaints, int windowMonths, int reportWithinMonths,
                                         boolean sameOrSimilarRequired, boolean communityRoute,
                                         int communityIndividuals, boolean dissatisfactionRequired,
                                         boolean discretionAllowed, int onlineAcknowledgementDays,
                                         int otherAcknowledgementDays, int decisionWorkingDays,
                                         DecisionClock decisionFrom, int finalReviewMonths) {
        try {
            return new ThresholdPolicy(qualifyingComplaints, windowMonths, reportWithinMonths, sameOrSimilarRequired,
                    communityRoute, communityIndividuals, dissatisfactionRequired, discretionAllowed,
                    onlineAcknowledgementDays, otherAcknowledgementDays, decisionWorkingDays, decisionFrom,
                    finalReviewMonths);
        } catch (IllegalArgumentException e) {
            throw new ActionRefusedException(e.getMessage());
        }
    }
}
