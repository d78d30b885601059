package org.casereview.notifications;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One message about a case, composed and ready to render: what staff call it, its template, subject and model, and
 * who it is for. The same message is written to the outbox by a listener and shown to staff as a preview.
 *
 * @param agency the agency it goes to; null when it goes to the applicant, by the channel they chose
 */
record CaseMessage(String title, String template, String subject, Map<String, Object> model,
                   @Nullable AgencyContact agency) {

    CaseMessage {
        // Values may be null (a detail the case does not have): the template leaves that part out.
        model = Collections.unmodifiableMap(new HashMap<>(model));
    }

    static CaseMessage toApplicant(String title, String template, String subject, Map<String, Object> model) {
        return new CaseMessage(title, template, subject, model, null);
    }

    /**
     * @param about what the address was given with ("request", "recommendation"), for the history when it is missing
     */
    record AgencyContact(String name, @Nullable String email, String about) {
    }
}
