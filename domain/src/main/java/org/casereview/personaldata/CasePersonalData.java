package org.casereview.personaldata;

import java.util.List;

/**
 * One feature's share of what a case holds about people. Each feature whose tables refer to a case provides one
 * bean, ordered with {@code @Order} (the order of the subject access document and of anonymisation):
 * <ul>
 *   <li>{@link #tables()} names every column of its tables as kept or cleared, so a test can fail when a column is
 *   added that nobody has thought about;</li>
 *   <li>{@link #describe} lists everything held, for a subject access export;</li>
 *   <li>{@link #anonymise} removes or replaces the personal data and keeps what the statistics count (dates, states,
 *   counts, outcomes).</li>
 * </ul>
 */
public interface CasePersonalData {

    /** The tables this feature looks after, each column kept or cleared on anonymisation. */
    List<CaseTable> tables();

    /** Everything this feature holds on the case, as sections of the subject access document; empty if nothing. */
    List<HeldSection> describe(long applicationId);

    /**
     * Removes or replaces the personal data this feature holds on the case, in the caller's transaction (the case's
     * row is locked by then). Running it again changes nothing more.
     */
    void anonymise(long applicationId);
}
