/** The public portal application. */
@NullMarked
package org.casereview.portal;

import org.jspecify.annotations.NullMarked;
