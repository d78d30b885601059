package org.casereview.history;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Records every change to a case, in the same transaction as the change. */
@Service
public class CaseHistory {

    /** The kind of the entry that says a case was anonymised: the last thing that happens to it. */
    public static final String ANONYMISED = "ANONYMISED";

    private final CaseEventRepository events;
    private final Clock clock;

    CaseHistory(CaseEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long applicationId, String actor, String kind, String description) {
        events.save(new CaseEvent(applicationId, clock.instant(), actor, kind, description));
    }

    /** A change of one value: "Status: Received → Acknowledged". Nothing is recorded when the value did not change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(long applicationId, String actor, String kind, String field, @Nullable String oldValue,
                             @Nullable String newValue) {
        if (java.util.Objects.equals(oldValue, newValue)) {
            return;
        }
        String description = field + ": " + (oldValue == null ? "—" : oldValue) + " → "
                + (newValue == null ? "—" : newValue);
        events.save(new CaseEvent(applicationId, clock.instant(), actor, kind, description, field, oldValue,
                newValue));
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(long applicationId) {
        return events.findByApplicationIdOrderByOccurredAtAscIdAsc(applicationId);
    }
}
