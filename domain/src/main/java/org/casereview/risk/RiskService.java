package org.casereview.risk;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.RiskLevel;
import org.casereview.casework.CaseAccess;
import org.casereview.history.CaseHistory;
import org.casereview.partnership.Partnership;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The victim's risk and vulnerability: "consider the harm that is being caused to the victim/s and whether they may be
 * vulnerable" (Bassetlaw, Newark &amp; Sherwood). Every question must be answered; the level is shown on the case and
 * the work queue, and copied onto the threshold decision.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
public class RiskService {

    private static final int NOTES_MAX = 2000;

    private final CaseAccess access;
    private final RiskQuestionRepository questions;
    private final RiskAssessmentRepository assessments;
    private final CaseHistory history;

    RiskService(CaseAccess access, RiskQuestionRepository questions, RiskAssessmentRepository assessments,
                CaseHistory history) {
        this.access = access;
        this.questions = questions;
        this.assessments = assessments;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public RiskQuestionnaire questionnaire(long id) {
        StaffMember staff = access.staff();
        Application application = access.read(id);
        Partnership partnership = application.getPartnership();
        return new RiskQuestionnaire(id, application.getVersion(), questionsFor(partnership),
                partnership.getRiskMediumFrom(), partnership.getRiskHighFrom(),
                assessments.findByApplicationIdOrderByAssessedAtDescIdDesc(id),
                staff.worksCases() && application.getStatus().isOpen());
    }

    /**
     * Records a completed questionnaire.
     *
     * @param answers an answer for every question, by the question's code
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public RiskAssessment assess(long id, long expectedVersion, Map<String, RiskAnswer> answers,
                                 @Nullable String notes) {
        StaffMember me = access.staff();
        Application application = access.change(id, expectedVersion);
        if (!application.getStatus().isOpen()) {
            throw new ActionRefusedException("The case is closed: its risk can no longer be assessed");
        }
        Partnership partnership = application.getPartnership();
        List<RiskQuestion> asked = questionsFor(partnership);
        List<GivenAnswer> given = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RiskQuestion question : asked) {
            RiskAnswer answer = answers.get(question.getCode());
            if (answer == null) {
                missing.add(question.getQuestion());
            } else {
                given.add(new GivenAnswer(question.getPosition(), question.getCode(), question.getQuestion(),
                        question.getWeight(), answer));
            }
        }
        if (!missing.isEmpty()) {
            throw new ActionRefusedException("Answer every question (\"Not known\" is an answer): "
                    + String.join(" ", missing));
        }
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        if (cleanNotes != null && cleanNotes.length() > NOTES_MAX) {
            throw new ActionRefusedException("The notes must be " + NOTES_MAX + " characters or fewer");
        }
        RiskAssessment assessment = assessments.save(new RiskAssessment(id, given, partnership.getRiskMediumFrom(),
                partnership.getRiskHighFrom(), cleanNotes, me.actorName(), access.now()));
        RiskLevel before = application.getRiskLevel();
        application.riskAssessed(assessment.getLevel());
        access.changed(application, me);
        history.record(id, me.actorName(), "RISK", "Risk and vulnerability assessed: " + assessment.getLevel().label()
                + " (score " + assessment.getScore() + " of " + assessment.getMaximum() + ")"
                + (cleanNotes == null ? "" : ". Notes: " + cleanNotes));
        history.recordChange(id, me.actorName(), "RISK", "Risk level", before == null ? null : before.label(),
                assessment.getLevel().label());
        return assessment;
    }

    private List<RiskQuestion> questionsFor(Partnership partnership) {
        List<RiskQuestion> own = questions.findOwn(Objects.requireNonNull(partnership.getId()));
        return own.isEmpty() ? questions.findDefault() : own;
    }
}
