@NullMarked
package org.casereview.portal.ui;

import org.jspecify.annotations.NullMarked;
