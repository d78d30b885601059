/** The back office application. */
@NullMarked
package org.casereview.backoffice;

import org.jspecify.annotations.NullMarked;
