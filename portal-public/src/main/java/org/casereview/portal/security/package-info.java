@NullMarked
package org.casereview.portal.security;

import org.jspecify.annotations.NullMarked;
