package org.casereview.staff;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Who can be given a case: the case officers and managers of a partnership, and those with county-wide access. */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** @param partnershipId the case's partnership; null for everyone who works cases anywhere */
    public List<StaffMember> caseworkers(@Nullable Long partnershipId) {
        return accounts.findCaseworkers(partnershipId).stream()
                .map(StaffMember::of)
                .filter(StaffMember::worksCases)
                .toList();
    }

    /** One member of staff by id, for showing who a case is assigned to. */
    public @Nullable StaffMember byId(long id) {
        return accounts.findById(id).map(StaffMember::of).orElse(null);
    }
}
