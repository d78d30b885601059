package org.casereview.history;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Records every change to a case, in the same transaction as the change. */
@Service
public class CaseHistory {

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

    @Transactional(readOnly = true)
    public List<CaseEvent> of(long applicationId) {
        return events.findByApplicationIdOrderByOccurredAtAscIdAsc(applicationId);
    }
}
