@NullMarked
package org.casereview.backoffice.intake;

import org.jspecify.annotations.NullMarked;
