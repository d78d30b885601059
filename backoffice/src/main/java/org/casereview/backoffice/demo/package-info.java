@NullMarked
package org.casereview.backoffice.demo;

import org.jspecify.annotations.NullMarked;
