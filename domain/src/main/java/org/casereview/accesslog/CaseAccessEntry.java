package org.casereview.accesslog;

import java.time.Instant;

/** One opening of a case, as a manager sees it: when, who, and on which screen. */
public record CaseAccessEntry(Instant openedAt, String displayName, String username, CaseScreen screen) {
}
