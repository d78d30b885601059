@NullMarked
package org.casereview.backoffice.queue;

import org.jspecify.annotations.NullMarked;
