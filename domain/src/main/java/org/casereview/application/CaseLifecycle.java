package org.casereview.application;

import org.casereview.ActionRefusedException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.casereview.application.ApplicationStatus.ACKNOWLEDGED;
import static org.casereview.application.ApplicationStatus.CLOSED;
import static org.casereview.application.ApplicationStatus.EXCLUDED;
import static org.casereview.application.ApplicationStatus.OUTCOME_SENT;
import static org.casereview.application.ApplicationStatus.RECEIVED;
import static org.casereview.application.ApplicationStatus.REVIEW_ACTIVATED;
import static org.casereview.application.ApplicationStatus.REVIEW_HELD;
import static org.casereview.application.ApplicationStatus.SECOND_STAGE_REVIEW;
import static org.casereview.application.ApplicationStatus.THRESHOLD_NOT_MET;
import static org.casereview.application.ApplicationStatus.WITHDRAWN;

/**
 * The case's life cycle as one table: in each state, which actions are allowed and which states each may lead to.
 * Screens offer only {@link #allowed(ApplicationStatus)}; {@link Application#transition} refuses anything else, so a
 * stale screen or a crafted request cannot move a case where the process does not go.
 *
 * <p>Where an action has several targets the service chooses by the facts: a threshold decision leads to a review
 * or ends the case; a final review closes the case or keeps it open with further actions; a second-stage decision
 * activates a review (a not-met decision overturned) or returns the case to where it was; reopening returns a closed
 * case to the state it was closed from.
 */
public final class CaseLifecycle {

    private static final Set<ApplicationStatus> BEFORE_CLOSING = EnumSet.of(RECEIVED, ACKNOWLEDGED, THRESHOLD_NOT_MET,
            EXCLUDED, REVIEW_ACTIVATED, REVIEW_HELD, OUTCOME_SENT, SECOND_STAGE_REVIEW);

    private static final Map<ApplicationStatus, Map<CaseAction, Set<ApplicationStatus>>> TABLE =
            new EnumMap<>(ApplicationStatus.class);

    static {
        allow(RECEIVED, CaseAction.ACKNOWLEDGE, ACKNOWLEDGED);
        allow(ACKNOWLEDGED, CaseAction.DECIDE_THRESHOLD, REVIEW_ACTIVATED, THRESHOLD_NOT_MET, EXCLUDED);
        for (ApplicationStatus decidedAgainst : EnumSet.of(THRESHOLD_NOT_MET, EXCLUDED)) {
            allow(decidedAgainst, CaseAction.REQUEST_SECOND_STAGE, SECOND_STAGE_REVIEW);
        }
        allow(REVIEW_ACTIVATED, CaseAction.REQUEST_INFORMATION, REVIEW_ACTIVATED);
        allow(REVIEW_ACTIVATED, CaseAction.RECORD_PANEL, REVIEW_HELD);
        allow(REVIEW_ACTIVATED, CaseAction.SEND_DELAY_NOTICE, REVIEW_ACTIVATED);
        allow(REVIEW_HELD, CaseAction.RECORD_PANEL, REVIEW_HELD);
        allow(REVIEW_HELD, CaseAction.SEND_DELAY_NOTICE, REVIEW_HELD);
        allow(REVIEW_HELD, CaseAction.SEND_OUTCOME, OUTCOME_SENT);
        allow(OUTCOME_SENT, CaseAction.RECORD_FINAL_REVIEW, CLOSED, OUTCOME_SENT);
        allow(OUTCOME_SENT, CaseAction.REQUEST_SECOND_STAGE, SECOND_STAGE_REVIEW);
        allow(SECOND_STAGE_REVIEW, CaseAction.DECIDE_SECOND_STAGE, THRESHOLD_NOT_MET, EXCLUDED, REVIEW_ACTIVATED,
                OUTCOME_SENT);
        for (ApplicationStatus open : EnumSet.of(RECEIVED, ACKNOWLEDGED, REVIEW_ACTIVATED, REVIEW_HELD, OUTCOME_SENT,
                SECOND_STAGE_REVIEW)) {
            allow(open, CaseAction.WITHDRAW, WITHDRAWN);
        }
        for (ApplicationStatus notClosed : BEFORE_CLOSING) {
            allow(notClosed, CaseAction.CLOSE, CLOSED);
        }
        for (ApplicationStatus closed : EnumSet.of(CLOSED, WITHDRAWN)) {
            allow(closed, CaseAction.REOPEN, BEFORE_CLOSING.toArray(ApplicationStatus[]::new));
        }
    }

    private CaseLifecycle() {
    }

    private static void allow(ApplicationStatus from, CaseAction action, ApplicationStatus... to) {
        Set<ApplicationStatus> targets = EnumSet.noneOf(ApplicationStatus.class);
        Collections.addAll(targets, to);
        TABLE.computeIfAbsent(from, any -> new EnumMap<>(CaseAction.class)).put(action, targets);
    }

    /** The actions a case in this state allows. */
    public static Set<CaseAction> allowed(ApplicationStatus status) {
        Map<CaseAction, Set<ApplicationStatus>> actions = TABLE.get(status);
        return actions == null ? EnumSet.noneOf(CaseAction.class) : EnumSet.copyOf(actions.keySet());
    }

    public static boolean allows(ApplicationStatus status, CaseAction action) {
        return TABLE.getOrDefault(status, Map.of()).containsKey(action);
    }

    /** The states this action may lead to from this state; empty when the action is not allowed. */
    public static Set<ApplicationStatus> targets(ApplicationStatus status, CaseAction action) {
        Set<ApplicationStatus> targets = TABLE.getOrDefault(status, Map.of()).get(action);
        return targets == null ? EnumSet.noneOf(ApplicationStatus.class) : EnumSet.copyOf(targets);
    }

    /**
     * @throws ActionRefusedException with words for staff when the action is not allowed in this state, or does not
     * lead there
     */
    public static void check(ApplicationStatus from, CaseAction action, ApplicationStatus to) {
        if (!allows(from, action)) {
            throw new ActionRefusedException(action.label() + " is not possible while the case is \""
                    + from.label().toLowerCase(java.util.Locale.UK) + "\""
                    + (from.isClosed() ? ": reopen it first, with a reason" : ""));
        }
        if (!targets(from, action).contains(to)) {
            throw new IllegalStateException(action + " cannot lead from " + from + " to " + to);
        }
    }
}
