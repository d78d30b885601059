package org.casereview.decision;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.Incident;
import org.casereview.application.IncidentSource;
import org.casereview.threshold.ThresholdWording;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what a decision message says. Called by the notifications listener inside the deciding transaction, so it
 * states no role of its own: the decision itself was authorised.
 */
@Component
public class DecisionLetters {

    private final ThresholdDecisionRepository decisions;
    private final ApplicationRepository applications;
    private final IncidentVerificationRepository verifications;
    private final ThresholdExclusionRepository exclusions;

    DecisionLetters(ThresholdDecisionRepository decisions, ApplicationRepository applications,
                    IncidentVerificationRepository verifications, ThresholdExclusionRepository exclusions) {
        this.decisions = decisions;
        this.applications = applications;
        this.verifications = verifications;
        this.exclusions = exclusions;
    }

    @Transactional(readOnly = true)
    public DecisionLetter forDecision(long decisionId) {
        ThresholdDecision decision = decisions.findById(decisionId).orElseThrow();
        Application application = applications.findWithIncidentsById(decision.getApplicationId()).orElseThrow();
        Map<Long, IncidentVerification> byIncident = verifications.findByApplicationId(decision.getApplicationId())
                .stream().collect(Collectors.toMap(IncidentVerification::getIncidentId, Function.identity()));
        var assessment = ConfirmedFacts.assess(application, decision.policy(), byIncident,
                exclusions.findByApplicationIdOrderByRecordedAt(decision.getApplicationId()));

        List<DecisionLetter.LetterIncident> incidents = new ArrayList<>();
        for (int i = 0; i < application.getIncidents().size(); i++) {
            Incident incident = application.getIncidents().get(i);
            var verdict = assessment.incidents().get(i);
            IncidentVerification verification = byIncident.get(incident.getId());
            incidents.add(new DecisionLetter.LetterIncident(String.valueOf(incident.getPosition() + 1),
                    incident.getOccurredOn(), incident.getReportedOn(), incident.reportedToName(),
                    incident.getAgencyReference(), incident.getDescription(), verdict.qualifies(),
                    verdict.qualifies() ? null : ThresholdWording.notCountedSentence(assessment, verdict),
                    verification == null ? null : answer(incident, verification),
                    verification == null ? null : verification.getAgencyAction(), incident.getActionTaken(),
                    incident.getSource() == IncidentSource.AGENCY));
        }
        var partnership = application.getPartnership();
        return new DecisionLetter(application.getReference(), application.getApplicantName(),
                application.getApplicantEmail(), decision.getOutcome(), decision.getDecidedOn(),
                Arrays.stream(decision.getResidentText().split("\n\n")).filter(p -> !p.isBlank()).toList(),
                incidents,
                new DecisionLetter.Partnership(partnership.getName(), partnership.getCsuPhone(),
                        partnership.getCsuEmail(), partnership.getCsuAddress(), partnership.getAsbReporting(),
                        partnership.getHateCrimeLine(), partnership.getMetWording(), partnership.getNotMetWording(),
                        partnership.getQueryWording()));
    }

    private static String answer(Incident incident, IncidentVerification verification) {
        String agency = incident.reportedToName();
        return switch (verification.getOutcome()) {
            case CONFIRMED -> agency + " confirmed this report.";
            case NO_RECORD -> agency + " has no record of this report.";
            case DIFFERENT_DATE -> agency + " has this report on its records"
                    + (verification.getAgencyReportedOn() == null ? ""
                            : ", made on " + ThresholdWording.date(Objects.requireNonNull(
                                    verification.getAgencyReportedOn())))
                    + (verification.getAgencyOccurredOn() == null ? ""
                            : ", about behaviour on " + ThresholdWording.date(Objects.requireNonNull(
                                    verification.getAgencyOccurredOn())))
                    + ".";
        };
    }
}
