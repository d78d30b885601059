/** Community Safety Partnerships, their contact details and threshold policies. */
@NullMarked
package org.casereview.partnership;

import org.jspecify.annotations.NullMarked;
