/**
 * The victim risk and vulnerability assessment: a questionnaire each partnership can set in the database (with a
 * default set seeded), scored to Standard, Medium or High.
 */
@NullMarked
package org.casereview.risk;

import org.jspecify.annotations.NullMarked;
