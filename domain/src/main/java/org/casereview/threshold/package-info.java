/**
 * Whether an application for an ASB case review (the Community Trigger) meets a partnership's threshold, and why,
 * under section 104 of the Anti-social Behaviour, Crime and Policing Act 2014. Plain Java: no framework, no
 * database, no user interface.
 */
@NullMarked
package org.casereview.threshold;

import org.jspecify.annotations.NullMarked;
