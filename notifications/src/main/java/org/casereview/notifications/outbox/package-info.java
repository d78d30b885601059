/** The outbox: messages stored with the change that caused them and delivered, once, by a background sender. */
@NullMarked
package org.casereview.notifications.outbox;

import org.jspecify.annotations.NullMarked;
