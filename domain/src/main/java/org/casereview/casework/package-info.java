/**
 * The Community Safety Unit's daily work on cases: finding them (scoped to the member of staff's partnership), the
 * work queue with each step's working-day clock, assignment, acknowledgement, incidents reported by agencies and
 * linked cases. Every change is checked against the version the member of staff saw and recorded in the history.
 */
@NullMarked
package org.casereview.casework;

import org.jspecify.annotations.NullMarked;
