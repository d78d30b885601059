/** Who opened which case, on which screen, and when: access is recorded, not only changes. */
@NullMarked
package org.casereview.accesslog;

import org.jspecify.annotations.NullMarked;
