package org.casereview.applicantaccess;

import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.casework.CaseAccess;
import org.casereview.staff.StaffMember;
import org.casereview.history.CaseHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;

/**
 * Access codes for applicants who cannot get a security code by e-mail (they applied by post or phone, or gave no
 * e-mail address): a case officer gives one, reads it out or prints it in a letter, and it is never shown again. Only
 * its salted hash is kept; giving a new code makes the old one stop working.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
public class AccessCodes {

    private final CaseAccess access;
    private final Codes codes;
    private final AccessCodeRepository accessCodes;
    private final CaseHistory history;

    AccessCodes(CaseAccess access, Codes codes, AccessCodeRepository accessCodes, CaseHistory history) {
        this.access = access;
        this.codes = codes;
        this.accessCodes = accessCodes;
        this.history = history;
    }

    /** A code just given: shown to the member of staff once, then forgotten. */
    public record IssuedAccessCode(long applicationId, String reference, String code, boolean replacedEarlier) {

        /** Never the code. */
        @Override
        public String toString() {
            return "IssuedAccessCode[" + reference + "]";
        }
    }

    /** Whether the case has an access code already (a new one would replace it). */
    @Transactional(readOnly = true)
    public boolean hasCode(long applicationId) {
        access.read(applicationId);
        return accessCodes.findByApplicationId(applicationId).isPresent();
    }

    /** Gives the case a new access code, replacing any earlier one, and records that (not the code) in its history. */
    @Transactional
    public IssuedAccessCode issue(long applicationId) {
        StaffMember me = access.staff();
        if (!me.worksCases()) {
            throw new ActionRefusedException("Only case officers and managers can give an access code");
        }
        Application application = access.read(applicationId);
        long id = Objects.requireNonNull(application.getId());
        String code = codes.accessCode();
        AccessCode stored = accessCodes.findByApplicationId(id).orElse(null);
        boolean replaced = stored != null;
        if (stored == null) {
            stored = new AccessCode(id);
        }
        stored.issue(Codes.accessCodeHash(id, Codes.normaliseAccessCode(code)), me.actorName(), access.now());
        accessCodes.save(stored);
        history.record(id, me.actorName(), "ACCESS_CODE", replaced
                ? "New access code given for the portal; the earlier one no longer works"
                : "Access code given for the portal");
        return new IssuedAccessCode(id, application.getReference(), code, replaced);
    }
}
