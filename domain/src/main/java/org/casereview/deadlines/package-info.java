/**
 * When each step of a case is due, from the partnership's policy and the working-day calendar, and whether it is met,
 * due soon or overdue. Both applications and the letters ask this code, so they show the same dates.
 */
@NullMarked
package org.casereview.deadlines;

import org.jspecify.annotations.NullMarked;
