/** Documents produced for staff to print or send: the subject access export. */
@NullMarked
package org.casereview.notifications.documents;

import org.jspecify.annotations.NullMarked;
