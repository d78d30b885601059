package org.casereview.personaldata;

import java.util.Set;

/**
 * A table that refers to a case, and what anonymisation does to each of its columns.
 *
 * @param cleared columns removed or replaced with words that identify nobody
 * @param kept    columns kept: keys, dates, states, choices from lists, counts, and staff names
 */
public record CaseTable(String table, Set<String> cleared, Set<String> kept) {

    public CaseTable {
        cleared = Set.copyOf(cleared);
        kept = Set.copyOf(kept);
    }

    public static CaseTable of(String table, Set<String> cleared, Set<String> kept) {
        return new CaseTable(table, cleared, kept);
    }

    /** Whether this table's rule says anything about {@code column}. */
    public boolean covers(String column) {
        return cleared.contains(column) || kept.contains(column);
    }
}
