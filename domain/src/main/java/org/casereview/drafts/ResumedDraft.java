package org.casereview.drafts;

import java.time.LocalDate;

/** A saved draft found by its link: the answers as the form saved them, and the day it will be deleted. */
public record ResumedDraft(long draftId, String email, String answers, LocalDate deletedOn) {

    @Override
    public String toString() {
        return "ResumedDraft[" + draftId + "]";
    }
}
