@NullMarked
package org.casereview.backoffice.security;

import org.jspecify.annotations.NullMarked;
