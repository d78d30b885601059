/**
 * The case review after the threshold is met, as the seed documents describe it: information requested from each
 * agency, the review panel (at least three agencies), recommendations and the agencies' responses, the action plan,
 * the outcome (or a delay notice), the final review six months on, the second-stage review (appeal), and closing,
 * withdrawing and reopening a case. The case's states are {@link org.casereview.application.CaseLifecycle}'s.
 */
@NullMarked
package org.casereview.review;

import org.jspecify.annotations.NullMarked;
