/** Where the data lives: the embedded MariaDB server used when no external one is configured. */
@NullMarked
package org.casereview.database;

import org.jspecify.annotations.NullMarked;
