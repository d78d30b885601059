/** Applications for a Community Trigger / ASB Case Review: submitting, finding and reading them. */
@NullMarked
package org.casereview.application;

import org.jspecify.annotations.NullMarked;
