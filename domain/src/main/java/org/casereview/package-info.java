/** Case Review's domain: the rules, entities and services of the Community Trigger / ASB Case Review. */
@NullMarked
package org.casereview;

import org.jspecify.annotations.NullMarked;
