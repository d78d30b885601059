package org.casereview.retention;

import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The record of which cases a retention run anonymised: references and dates, nothing about anyone. */
@Component
@Order(80)
class RetentionPersonalData implements CasePersonalData {

    private static final CaseTable RUN_CASES = CaseTable.of("retention_run_case", Set.of(),
            Set.of("id", "run_id", "application_id", "reference", "partnership_id", "closed_on"));

    @Override
    public List<CaseTable> tables() {
        return List.of(RUN_CASES);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        // A case that was anonymised no longer turns up in a search for a person.
        return List.of();
    }

    @Override
    public void anonymise(long applicationId) {
        // Nothing to remove.
    }
}
