/** Administrators' data protection screens: retention runs, and subject access requests. */
@NullMarked
package org.casereview.backoffice.dataprotection;

import org.jspecify.annotations.NullMarked;
