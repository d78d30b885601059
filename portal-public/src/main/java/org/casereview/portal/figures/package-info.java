/** The published figures: each council area's Community Trigger figures by year, for anyone. */
@NullMarked
package org.casereview.portal.figures;

import org.jspecify.annotations.NullMarked;
