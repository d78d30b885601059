package org.casereview.portal.apply;

import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ValidationMessages;
import org.casereview.application.ValidationProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which of the domain's checks each page's answers must pass before the resident moves on. */
final class WizardChecks {

    private WizardChecks() {
    }

    static List<ValidationProblem> check(Step step, ApplicationDraft draft, LocalDate today, Locale locale) {
        ApplicantType type = draft.applicantType == null ? ApplicantType.VICTIM : draft.applicantType;
        return switch (step) {
            case COUNCIL_AREA -> draft.partnershipCode == null
                    ? List.of(new ValidationProblem("partnership",
                    ValidationMessages.get(locale, "partnership.required")))
                    : List.of();
            case WHO_IS_APPLYING -> ApplicationValidator.validateWhoIsApplying(draft.applicantType,
                    draft.representation(), locale);
            case VICTIM -> ApplicationValidator.validateVictim(type, draft.representation().victim(), today, locale);
            case GROUP_MEMBERS -> ApplicationValidator.validateGroupMembers(draft.members, locale);
            case APPLICANT -> {
                List<ValidationProblem> problems = new ArrayList<>(ApplicationValidator.validatePerson(
                        draft.applicant.toApplicant(), "", ApplicationValidator.Subject.APPLICANT, today, locale));
                if (type == ApplicantType.BUSINESS_OR_GROUP) {
                    problems.addAll(ApplicationValidator.validateApplicantRole(draft.applicantRole, locale));
                }
                yield problems;
            }
            case INCIDENTS -> {
                List<ValidationProblem> problems = new ArrayList<>();
                if (draft.incidents.isEmpty()) {
                    problems.add(new ValidationProblem("incidents",
                            ValidationMessages.get(locale, "incidents.required")));
                }
                for (int i = 0; i < draft.incidents.size(); i++) {
                    problems.addAll(ApplicationValidator.validateIncident(draft.incidents.get(i),
                            "incidents[" + i + "].", today, locale));
                }
                yield problems;
            }
            case PROBLEM -> ApplicationValidator.validateCircumstances(draft.circumstances(), true, locale);
            case IMPACT -> ApplicationValidator.validateImpact(draft.impact(), draft.victimApplying(), true, locale);
            case CONTACT -> ApplicationValidator.validateContactPreferences(draft.contactPreferences(),
                    draft.applicant.toApplicant(), true, locale);
            case CONSENT -> ApplicationValidator.validateConsent(draft.consentToShare, draft.declaration, locale);
            case CHECK_ANSWERS -> ApplicationValidator.validate(draft.toNewApplication(), today, locale);
        };
    }

    /** The first page whose answers are missing or wrong; the check-answers page when there is none. */
    static Step firstIncomplete(ApplicationDraft draft, LocalDate today, Locale locale) {
        for (Step step : Step.values()) {
            if (step != Step.CHECK_ANSWERS && step.appliesTo(draft) && !check(step, draft, today, locale).isEmpty()) {
                return step;
            }
        }
        return Step.CHECK_ANSWERS;
    }
}
