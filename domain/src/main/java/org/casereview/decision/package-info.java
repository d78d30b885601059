/**
 * The threshold decision: what each agency confirmed about each incident, exclusions, the domain's assessment re-run
 * on the confirmed facts, and the officer's decision with who, when, why and a copy of the policy used.
 */
@NullMarked
package org.casereview.decision;

import org.jspecify.annotations.NullMarked;
