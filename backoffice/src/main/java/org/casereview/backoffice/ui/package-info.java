@NullMarked
package org.casereview.backoffice.ui;

import org.jspecify.annotations.NullMarked;
