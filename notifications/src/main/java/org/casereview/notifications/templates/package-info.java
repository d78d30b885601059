/** Message templates: one Thymeleaf template pair (HTML and plain text) per message. */
@NullMarked
package org.casereview.notifications.templates;

import org.jspecify.annotations.NullMarked;
