/**
 * The figures the Act asks each partnership to report and publish (applications received, times the threshold was not
 * met, reviews carried out, reviews that resulted in recommendations) and the management figures around them, counted
 * in the database by the rules of decision 0012, for one partnership or several and any period.
 */
@NullMarked
package org.casereview.statistics;

import org.jspecify.annotations.NullMarked;
