@NullMarked
package org.casereview.backoffice.cases;

import org.jspecify.annotations.NullMarked;
