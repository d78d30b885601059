/** Letters: messages for applicants who asked for post or gave no e-mail, rendered to PDF for printing. */
@NullMarked
package org.casereview.notifications.letters;

import org.jspecify.annotations.NullMarked;
