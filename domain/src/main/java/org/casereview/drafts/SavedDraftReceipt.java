package org.casereview.drafts;

import java.time.LocalDate;

/** What the applicant is told after saving: the draft (to save again to) and the day it will be deleted. */
public record SavedDraftReceipt(long draftId, LocalDate deletedOn) {
}
