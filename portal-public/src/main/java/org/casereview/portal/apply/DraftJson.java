package org.casereview.portal.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * A draft's answers as JSON for saving, and back. Unknown fields are skipped, so a draft saved before a question was
 * removed still opens; a question added since opens unanswered.
 */
final class DraftJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                    .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withSetterVisibility(JsonAutoDetect.Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DraftJson() {
    }

    static String write(ApplicationDraft draft) {
        return JSON.writeValueAsString(draft);
    }

    /** The draft, or empty if the saved answers cannot be read (never an exception in front of a resident). */
    static Optional<ApplicationDraft> read(String json) {
        try {
            return Optional.of(JSON.readValue(json, ApplicationDraft.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
