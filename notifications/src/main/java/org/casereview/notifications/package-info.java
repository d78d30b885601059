/** Messages to applicants and agencies: composed from templates when the domain says something happened. */
@NullMarked
package org.casereview.notifications;

import org.jspecify.annotations.NullMarked;
