package org.casereview.application;

import org.casereview.ActionRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every allowed and every refused transition of the case's life cycle, against the process written out here as text
 * (from the seed documents), independently of the table in {@link CaseLifecycle}.
 */
class CaseLifecycleTest {

    /** state: action -> targets; anything not listed is refused. */
    private static final String PROCESS = """
            RECEIVED: ACKNOWLEDGE -> ACKNOWLEDGED; WITHDRAW -> WITHDRAWN; CLOSE -> CLOSED
            ACKNOWLEDGED: DECIDE_THRESHOLD -> REVIEW_ACTIVATED THRESHOLD_NOT_MET EXCLUDED; WITHDRAW -> WITHDRAWN; CLOSE -> CLOSED
            THRESHOLD_NOT_MET: REQUEST_SECOND_STAGE -> SECOND_STAGE_REVIEW; CLOSE -> CLOSED
            EXCLUDED: REQUEST_SECOND_STAGE -> SECOND_STAGE_REVIEW; CLOSE -> CLOSED
            REVIEW_ACTIVATED: REQUEST_INFORMATION -> REVIEW_ACTIVATED; RECORD_PANEL -> REVIEW_HELD; SEND_DELAY_NOTICE -> REVIEW_ACTIVATED; WITHDRAW -> WITHDRAWN; CLOSE -> CLOSED
            REVIEW_HELD: RECORD_PANEL -> REVIEW_HELD; SEND_DELAY_NOTICE -> REVIEW_HELD; SEND_OUTCOME -> OUTCOME_SENT; WITHDRAW -> WITHDRAWN; CLOSE -> CLOSED
            OUTCOME_SENT: RECORD_FINAL_REVIEW -> CLOSED OUTCOME_SENT; REQUEST_SECOND_STAGE -> SECOND_STAGE_REVIEW; WITHDRAW -> WITHDRAWN; CLOSE -> CLOSED
            SECOND_STAGE_REVIEW: DECIDE_SECOND_STAGE -> THRESHOLD_NOT_MET EXCLUDED REVIEW_ACTIVATED OUTCOME_SENT; WITHDRAW -> WITHDRAWN; CLOSE -> CLOSED
            CLOSED: REOPEN -> RECEIVED ACKNOWLEDGED THRESHOLD_NOT_MET EXCLUDED REVIEW_ACTIVATED REVIEW_HELD OUTCOME_SENT SECOND_STAGE_REVIEW
            WITHDRAWN: REOPEN -> RECEIVED ACKNOWLEDGED THRESHOLD_NOT_MET EXCLUDED REVIEW_ACTIVATED REVIEW_HELD OUTCOME_SENT SECOND_STAGE_REVIEW
            """;

    private static Map<ApplicationStatus, Map<CaseAction, Set<ApplicationStatus>>> process() {
        Map<ApplicationStatus, Map<CaseAction, Set<ApplicationStatus>>> table = new TreeMap<>();
        for (String line : PROCESS.strip().split("\n")) {
            String[] stateAndRest = line.split(":", 2);
            Map<CaseAction, Set<ApplicationStatus>> actions = new TreeMap<>();
            for (String rule : stateAndRest[1].split(";")) {
                String[] actionAndTargets = rule.split("->");
                actions.put(CaseAction.valueOf(actionAndTargets[0].strip()),
                        Arrays.stream(actionAndTargets[1].strip().split(" ")).map(ApplicationStatus::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationStatus.class))));
            }
            table.put(ApplicationStatus.valueOf(stateAndRest[0].strip()), actions);
        }
        return table;
    }

    static Stream<Arguments> everyStateActionAndTarget() {
        List<Arguments> all = new ArrayList<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                for (ApplicationStatus to : ApplicationStatus.values()) {
                    all.add(Arguments.of(from, action, to));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStateActionAndTarget")
    void each_transition_is_allowed_exactly_when_the_process_allows_it(ApplicationStatus from, CaseAction action,
                                                                        ApplicationStatus to) {
        Set<ApplicationStatus> targets = process().getOrDefault(from, Map.of()).get(action);
        if (targets == null) {
            assertThat(CaseLifecycle.allows(from, action)).isFalse();
            assertThatThrownBy(() -> CaseLifecycle.check(from, action, to))
                    .isInstanceOf(ActionRefusedException.class)
                    .hasMessageContaining("is not possible while the case is");
        } else if (targets.contains(to)) {
            assertThatCode(() -> CaseLifecycle.check(from, action, to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CaseLifecycle.check(from, action, to)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void every_state_offers_the_actions_of_the_process_and_no_others() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(CaseLifecycle.allowed(status)).as(status.name())
                    .isEqualTo(process().getOrDefault(status, Map.of()).keySet());
        }
    }

    @Test
    void a_closed_case_is_read_only_except_for_reopening() {
        assertThat(CaseLifecycle.allowed(ApplicationStatus.CLOSED)).containsExactly(CaseAction.REOPEN);
        assertThat(CaseLifecycle.allowed(ApplicationStatus.WITHDRAWN)).containsExactly(CaseAction.REOPEN);
        assertThatThrownBy(() -> CaseLifecycle.check(ApplicationStatus.CLOSED, CaseAction.SEND_OUTCOME,
                ApplicationStatus.OUTCOME_SENT)).hasMessageContaining("reopen it first");
    }

    @Test
    void open_and_closed_states_are_told_apart() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isOpen))
                .containsExactlyInAnyOrder(ApplicationStatus.RECEIVED, ApplicationStatus.ACKNOWLEDGED,
                        ApplicationStatus.REVIEW_ACTIVATED, ApplicationStatus.REVIEW_HELD,
                        ApplicationStatus.OUTCOME_SENT, ApplicationStatus.SECOND_STAGE_REVIEW);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isClosed))
                .containsExactlyInAnyOrder(ApplicationStatus.CLOSED, ApplicationStatus.WITHDRAWN);
    }
}
