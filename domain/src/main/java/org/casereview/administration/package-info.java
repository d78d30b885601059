/** What administrators do: look after partnerships' settings. (Staff accounts are in {@code staff}.) */
@NullMarked
package org.casereview.administration;

import org.jspecify.annotations.NullMarked;
