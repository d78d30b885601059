/** Messages as staff handle them: the print queue of letters and e-mails that could not be delivered. */
@NullMarked
package org.casereview.backoffice.messages;

import org.jspecify.annotations.NullMarked;
