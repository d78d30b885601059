package org.casereview.casework;

import org.casereview.application.Application;
import org.casereview.history.CaseEvent;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A case as its page shows it.
 *
 * @param acknowledgement the acknowledgement's clock (done once acknowledged)
 * @param decision the threshold decision's clock (done once decided)
 * @param officer who it is assigned to
 * @param canWork whether the member of staff looking may change it
 */
public record CaseFile(Application application, CaseClock acknowledgement, CaseClock decision,
                       @Nullable StaffMember officer, List<LinkedCase> links, List<CaseEvent> history,
                       boolean canWork) {

    public long version() {
        return application.getVersion();
    }
}
