package org.casereview.drafts;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Published inside the transaction that saved a draft, so that the e-mail with the resume link is written with it.
 * The token is the only copy of the link's secret: the database keeps its hash.
 *
 * @param partnershipCode the council area chosen so far, for the unit's contact details; null if none yet
 * @param deletedOn       the day the draft will be deleted unless it is saved again
 */
public record DraftSaved(long draftId, String email, String token, @Nullable String partnershipCode,
                         LocalDate deletedOn) {

    /** Never the token or the address. */
    @Override
    public String toString() {
        return "DraftSaved[" + draftId + "]";
    }
}
