@NullMarked
package org.casereview.backoffice.home;

import org.jspecify.annotations.NullMarked;
