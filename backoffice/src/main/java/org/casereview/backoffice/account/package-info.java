@NullMarked
package org.casereview.backoffice.account;

import org.jspecify.annotations.NullMarked;
