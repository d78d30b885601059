@NullMarked
package org.casereview.backoffice.agency;

import org.jspecify.annotations.NullMarked;
