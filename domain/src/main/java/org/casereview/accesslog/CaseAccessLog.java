package org.casereview.accesslog;

import org.casereview.casework.CaseAccess;
import org.casereview.staff.StaffMember;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Records each opening of a case by a member of staff, and shows managers who has looked at a case. Officers and
 * panel members are recorded but do not see the list.
 */
@Service
public class CaseAccessLog {

    private final CaseOpeningRepository openings;
    private final CaseAccess access;
    private final Clock clock;

    CaseAccessLog(CaseOpeningRepository openings, CaseAccess access, Clock clock) {
        this.openings = openings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The signed-in member of staff has just been shown case {@code applicationId} on {@code screen}: called by the
     * screen after it loaded the case through a service that applied their scope.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
    public void opened(long applicationId, CaseScreen screen) {
        StaffMember me = access.staff();
        openings.save(new CaseOpening(applicationId, me.id(), screen, clock.instant()));
    }

    /** Who has opened the case, newest first, a page at a time; for managers who may see the case. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MANAGER')")
    public Page<CaseAccessEntry> of(long applicationId, Pageable pageable) {
        access.read(applicationId);
        return openings.findByApplication(applicationId, pageable);
    }
}
