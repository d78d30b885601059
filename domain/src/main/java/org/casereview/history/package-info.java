/** The history of each case: every change, who made it and when. */
@NullMarked
package org.casereview.history;

import org.jspecify.annotations.NullMarked;
