@NullMarked
package org.casereview.portal.apply;

import org.jspecify.annotations.NullMarked;
