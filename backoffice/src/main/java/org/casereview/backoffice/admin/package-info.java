@NullMarked
package org.casereview.backoffice.admin;

import org.jspecify.annotations.NullMarked;
