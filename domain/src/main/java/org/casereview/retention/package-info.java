/**
 * Retention: each partnership keeps closed cases for a number of years, then a scheduled run anonymises them and
 * records what it did. The same anonymisation serves an erasure request.
 */
@NullMarked
package org.casereview.retention;

import org.jspecify.annotations.NullMarked;
