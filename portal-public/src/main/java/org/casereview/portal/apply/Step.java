package org.casereview.portal.apply;

import org.casereview.application.ApplicantType;

/** The wizard's question pages, in order. Some apply only to some applicants. */
enum Step {
    COUNCIL_AREA,
    WHO_IS_APPLYING,
    /** The victim's details (on a victim's behalf), or the business or group's (when it is the victim). */
    VICTIM,
    /** The people in the group (one person on behalf of a group). */
    GROUP_MEMBERS,
    APPLICANT,
    INCIDENTS,
    PROBLEM,
    IMPACT,
    CONTACT,
    CONSENT,
    CHECK_ANSWERS;

    boolean appliesTo(ApplicationDraft draft) {
        ApplicantType type = draft.applicantType;
        return switch (this) {
            case VICTIM -> type == ApplicantType.ON_BEHALF_OF_VICTIM || type == ApplicantType.BUSINESS_OR_GROUP;
            case GROUP_MEMBERS -> type == ApplicantType.ON_BEHALF_OF_GROUP;
            default -> true;
        };
    }

    /** The step's place among those that apply, counting from 1, and how many apply ("Step 3 of 10"). */
    int number(ApplicationDraft draft) {
        int number = 0;
        for (Step step : values()) {
            if (step.appliesTo(draft)) {
                number++;
            }
            if (step == this) {
                return number;
            }
        }
        return number;
    }

    static int count(ApplicationDraft draft) {
        return CHECK_ANSWERS.number(draft);
    }

    Step next(ApplicationDraft draft) {
        for (int i = ordinal() + 1; i < values().length; i++) {
            if (values()[i].appliesTo(draft)) {
                return values()[i];
            }
        }
        return CHECK_ANSWERS;
    }

    /** The step before this one, or null for the first (whose back link is the start page). */
    Step previous(ApplicationDraft draft) {
        for (int i = ordinal() - 1; i >= 0; i--) {
            if (values()[i].appliesTo(draft)) {
                return values()[i];
            }
        }
        return null;
    }
}
