/** Reports for partnerships and the Police and Crime Commissioner's office, rendered to PDF like the letters. */
@NullMarked
package org.casereview.notifications.reports;

import org.jspecify.annotations.NullMarked;
