/** Council and partner-agency staff accounts and their roles. */
@NullMarked
package org.casereview.staff;

import org.jspecify.annotations.NullMarked;
