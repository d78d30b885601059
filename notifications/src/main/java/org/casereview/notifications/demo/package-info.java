/** The demo mode's mail catcher, so that someone trying the system can read what it sent. */
@NullMarked
package org.casereview.notifications.demo;

import org.jspecify.annotations.NullMarked;
