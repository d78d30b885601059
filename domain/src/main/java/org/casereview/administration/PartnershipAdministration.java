package org.casereview.administration;

import org.casereview.ActionRefusedException;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipChange;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.partnership.PartnershipSettings;
import org.casereview.partnership.PartnershipUpdates;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Administrators keep each partnership's contact details, letter wording, threshold policy and risk levels: all of
 * them with county-wide access, else their own partnership only.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class PartnershipAdministration {

    private final PartnershipRepository partnerships;
    private final PartnershipUpdates updates;
    private final CurrentStaff currentStaff;

    PartnershipAdministration(PartnershipRepository partnerships, PartnershipUpdates updates,
                              CurrentStaff currentStaff) {
        this.partnerships = partnerships;
        this.updates = updates;
        this.currentStaff = currentStaff;
    }

    @Transactional(readOnly = true)
    public List<Partnership> manageable() {
        return partnerships.coveredBy(currentStaff.get().partnershipId());
    }

    @Transactional(readOnly = true)
    public Partnership get(long id) {
        return manageable(currentStaff.get(), id);
    }

    @Transactional(readOnly = true)
    public List<PartnershipChange> changes(long id) {
        manageable(currentStaff.get(), id);
        return updates.changes(id);
    }

    /** @return how many settings changed */
    @Transactional
    public int update(long id, long expectedVersion, PartnershipSettings settings) {
        StaffMember admin = currentStaff.get();
        manageable(admin, id);
        return updates.update(id, expectedVersion, settings, admin.actorName());
    }

    private Partnership manageable(StaffMember admin, long id) {
        return partnerships.findById(id)
                .filter(partnership -> admin.covers(id))
                .orElseThrow(() -> new ActionRefusedException("There is no such partnership"));
    }
}
