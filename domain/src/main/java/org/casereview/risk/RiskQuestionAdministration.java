package org.casereview.risk;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.casereview.ActionRefusedException;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Administrators keep the victim risk and vulnerability questionnaire: the shared set (county-wide administrators)
 * and each partnership's own (its administrators). They add, reword, reorder and retire questions; an assessment
 * already made keeps the words and weights it was answered with, and every change is recorded.
 *
 * <p>A partnership with no questions of its own asks the shared set. To change its questions it first takes its own
 * copy of the shared set; retiring all of its own questions returns it to the shared set.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class RiskQuestionAdministration {

    public static final int QUESTION_MAX = 400;
    public static final int GUIDANCE_MAX = 600;
    public static final int WEIGHT_MAX = 10;

    private final RiskQuestionRepository questions;
    private final RiskQuestionChangeRepository changes;
    private final PartnershipRepository partnerships;
    private final CurrentStaff currentStaff;
    private final EntityManager entityManager;
    private final Clock clock;

    RiskQuestionAdministration(RiskQuestionRepository questions, RiskQuestionChangeRepository changes,
                               PartnershipRepository partnerships, CurrentStaff currentStaff,
                               EntityManager entityManager, Clock clock) {
        this.questions = questions;
        this.changes = changes;
        this.partnerships = partnerships;
        this.currentStaff = currentStaff;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A questionnaire as an administrator sees it.
     *
     * @param partnership null for the shared set
     * @param usesShared  a partnership with no questions of its own: {@code asked} is the shared set
     * @param asked       the questions asked now, in order
     * @param retired     questions no longer asked (this set's own)
     * @param canChange   whether this administrator may change it
     * @param changes     what was changed, newest first
     */
    public record QuestionSet(@Nullable Partnership partnership, boolean usesShared, List<RiskQuestion> asked,
                              List<RiskQuestion> retired, boolean canChange, List<RiskQuestionChange> changes) {

        public @Nullable Long partnershipId() {
            return partnership == null ? null : partnership.getId();
        }

        /** The highest score: every question answered "yes". */
        public int maximum() {
            return asked.stream().mapToInt(RiskQuestion::getWeight).sum();
        }

        /** The words of the question with this code, for the list of changes. */
        public @Nullable String questionWords(@Nullable String code) {
            return asked.stream().filter(q -> q.getCode().equals(code)).findFirst()
                    .or(() -> retired.stream().filter(q -> q.getCode().equals(code)).findFirst())
                    .map(RiskQuestion::getQuestion).orElse(null);
        }
    }

    /** The partnerships whose questions this administrator keeps: all of them when county-wide. */
    @Transactional(readOnly = true)
    public List<Partnership> partnerships() {
        return partnerships.coveredBy(currentStaff.get().partnershipId());
    }

    /** @param partnershipId null for the shared set, which every administrator may read */
    @Transactional(readOnly = true)
    public QuestionSet questionSet(@Nullable Long partnershipId) {
        StaffMember admin = currentStaff.get();
        if (partnershipId == null) {
            List<RiskQuestion> all = questions.findAllShared();
            return new QuestionSet(null, false, active(all, true), active(all, false), admin.countyWide(),
                    changes.findShared());
        }
        Partnership partnership = readable(admin, partnershipId);
        List<RiskQuestion> own = questions.findAllOwn(partnershipId);
        List<RiskQuestion> asked = active(own, true);
        boolean usesShared = asked.isEmpty();
        return new QuestionSet(partnership, usesShared, usesShared ? questions.findDefault() : asked,
                active(own, false), true, changes.findOwn(partnershipId));
    }

    /** Gives a partnership that asks the shared set its own copy to change, in the same order and words. */
    @Transactional
    public void copyShared(long partnershipId) {
        StaffMember admin = currentStaff.get();
        List<RiskQuestion> own = lockSet(admin, partnershipId);
        if (own.stream().anyMatch(RiskQuestion::isActive)) {
            throw new ActionRefusedException("This partnership already has its own questions");
        }
        List<RiskQuestion> shared = questions.findDefault();
        int position = nextPosition(own);
        // The shared codes are kept, so a reassessment starts from the answers given to the shared questions.
        for (RiskQuestion question : shared) {
            questions.save(new RiskQuestion(partnershipId, position++, question.getCode(), question.getQuestion(),
                    question.getGuidance(), question.getWeight()));
        }
        record(partnershipId, null, admin, "Copied from the shared set", null, shared.size() + " questions");
    }

    /**
     * Adds a question at the end of a set.
     *
     * @param partnershipId null for the shared set
     * @param weight        what a "yes" adds to the score, 0 to {@value #WEIGHT_MAX}
     */
    @Transactional
    public RiskQuestion add(@Nullable Long partnershipId, String question, @Nullable String guidance, int weight) {
        StaffMember admin = currentStaff.get();
        List<RiskQuestion> set = lockSet(admin, partnershipId);
        if (partnershipId != null && set.stream().noneMatch(RiskQuestion::isActive)) {
            throw new ActionRefusedException("This partnership asks the shared questions. Make its own copy of them "
                    + "first, then add to it");
        }
        String words = words(question, set, null);
        String cleanGuidance = guidance(guidance);
        checkWeight(weight);
        RiskQuestion added = questions.save(new RiskQuestion(partnershipId, nextPosition(set), newCode(codes(set)),
                words, cleanGuidance, weight));
        record(partnershipId, added.getCode(), admin, "Added", null, words + " (weight " + weight + ")");
        return added;
    }

    /** Rewords a question or changes its guidance or weight; assessments already made keep what they were asked. */
    @Transactional
    public void change(long questionId, long expectedVersion, String question, @Nullable String guidance,
                       int weight) {
        StaffMember admin = currentStaff.get();
        RiskQuestion target = lockedQuestion(admin, questionId, expectedVersion);
        List<RiskQuestion> set = setOf(target);
        String words = words(question, set, target);
        String cleanGuidance = guidance(guidance);
        checkWeight(weight);
        Long partnershipId = target.getPartnershipId();
        String code = target.getCode();
        if (!words.equals(target.getQuestion())) {
            record(partnershipId, code, admin, "Question", target.getQuestion(), words);
        }
        if (!Objects.equals(cleanGuidance, target.getGuidance())) {
            record(partnershipId, code, admin, "Guidance", target.getGuidance(), cleanGuidance);
        }
        if (weight != target.getWeight()) {
            record(partnershipId, code, admin, "Weight", String.valueOf(target.getWeight()), String.valueOf(weight));
        }
        target.reword(words, cleanGuidance, weight);
    }

    /** Moves a question one place up or down among the questions asked. */
    @Transactional
    public void move(long questionId, long expectedVersion, boolean up) {
        StaffMember admin = currentStaff.get();
        RiskQuestion target = lockedQuestion(admin, questionId, expectedVersion);
        List<RiskQuestion> asked = active(setOf(target), true);
        int index = asked.indexOf(target);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= asked.size()) {
            throw new ActionRefusedException(up ? "This is already the first question" : "This is already the last "
                    + "question");
        }
        RiskQuestion neighbour = asked.get(other);
        int position = target.getPosition();
        target.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
        record(target.getPartnershipId(), target.getCode(), admin, "Order", String.valueOf(index + 1),
                String.valueOf(other + 1));
    }

    /**
     * Stops asking a question. The shared set keeps at least one; a partnership that retires its last own question
     * asks the shared set again.
     */
    @Transactional
    public void retire(long questionId, long expectedVersion) {
        StaffMember admin = currentStaff.get();
        RiskQuestion target = lockedQuestion(admin, questionId, expectedVersion);
        if (!target.isActive()) {
            throw new ActionRefusedException("This question is already retired");
        }
        long asked = setOf(target).stream().filter(RiskQuestion::isActive).count();
        if (target.getPartnershipId() == null && asked == 1) {
            throw new ActionRefusedException("The shared questionnaire needs at least one question. Add another "
                    + "before retiring this one");
        }
        target.retire();
        record(target.getPartnershipId(), target.getCode(), admin, "Retired", target.getQuestion(), null);
    }

    // ------------------------------------------------------------------------------------------------------------

    private Partnership readable(StaffMember admin, long partnershipId) {
        return partnerships.findById(partnershipId)
                .filter(partnership -> admin.covers(partnershipId))
                .orElseThrow(() -> new ActionRefusedException("There is no such partnership"));
    }

    /** The set's questions, asked and retired, locked until the change is saved: changes to one set queue. */
    private List<RiskQuestion> lockSet(StaffMember admin, @Nullable Long partnershipId) {
        if (partnershipId == null) {
            if (!admin.countyWide()) {
                throw new ActionRefusedException("Only an administrator with county-wide access can change the "
                        + "shared questions");
            }
            return questions.lockShared();
        }
        readable(admin, partnershipId);
        // The partnership's row: a set with no questions yet has no row of its own to lock.
        entityManager.find(Partnership.class, partnershipId, LockModeType.PESSIMISTIC_WRITE);
        return questions.findAllOwn(partnershipId);
    }

    private RiskQuestion lockedQuestion(StaffMember admin, long questionId, long expectedVersion) {
        RiskQuestion found = questions.findById(questionId)
                .orElseThrow(() -> new ActionRefusedException("That question no longer exists"));
        List<RiskQuestion> set = lockSet(admin, found.getPartnershipId());
        RiskQuestion target = set.stream().filter(q -> Objects.equals(q.getId(), questionId)).findFirst()
                .orElseThrow(() -> new ActionRefusedException("That question no longer exists"));
        entityManager.refresh(target);
        if (target.getVersion() != expectedVersion) {
            throw new ActionRefusedException("Someone else has changed this questionnaire since you opened it. "
                    + "Nothing was saved: look at it again, then make your change");
        }
        return target;
    }

    private List<RiskQuestion> setOf(RiskQuestion question) {
        Long partnershipId = question.getPartnershipId();
        return partnershipId == null ? questions.findAllShared() : questions.findAllOwn(partnershipId);
    }

    private static List<RiskQuestion> active(List<RiskQuestion> set, boolean active) {
        return set.stream().filter(q -> q.isActive() == active).toList();
    }

    private static int nextPosition(List<RiskQuestion> set) {
        return set.stream().mapToInt(RiskQuestion::getPosition).max().orElse(0) + 1;
    }

    private static Set<String> codes(List<RiskQuestion> set) {
        Set<String> codes = new HashSet<>();
        set.forEach(q -> codes.add(q.getCode()));
        return codes;
    }

    /** Q1, Q2 …: unique in the set (retired questions included), so answers are never matched to the wrong one. */
    private static String newCode(Set<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains("Q" + n)) {
            n++;
        }
        taken.add("Q" + n);
        return "Q" + n;
    }

    /** The question's words: given, not too long, and not the same as another question asked in the set. */
    private static String words(String question, List<RiskQuestion> set, @Nullable RiskQuestion changing) {
        String words = question.strip();
        if (words.isEmpty()) {
            throw new ActionRefusedException("Enter the question");
        }
        if (words.length() > QUESTION_MAX) {
            throw new ActionRefusedException("The question must be " + QUESTION_MAX + " characters or fewer");
        }
        String lower = words.toLowerCase(Locale.UK);
        boolean asked = set.stream().filter(q -> q.isActive() && q != changing)
                .anyMatch(q -> q.getQuestion().toLowerCase(Locale.UK).equals(lower));
        if (asked) {
            throw new ActionRefusedException("That question is already asked");
        }
        return words;
    }

    private static @Nullable String guidance(@Nullable String guidance) {
        String clean = guidance == null || guidance.isBlank() ? null : guidance.strip();
        if (clean != null && clean.length() > GUIDANCE_MAX) {
            throw new ActionRefusedException("The guidance must be " + GUIDANCE_MAX + " characters or fewer");
        }
        return clean;
    }

    private static void checkWeight(int weight) {
        if (weight < 0 || weight > WEIGHT_MAX) {
            throw new ActionRefusedException("The weight must be a whole number from 0 to " + WEIGHT_MAX);
        }
    }

    private void record(@Nullable Long partnershipId, @Nullable String code, StaffMember admin, String what,
                        @Nullable String oldValue, @Nullable String newValue) {
        changes.save(new RiskQuestionChange(partnershipId, code, clock.instant(), admin.actorName(), what, oldValue,
                newValue));
    }
}
