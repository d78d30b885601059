/**
 * Working days in England and Wales: Monday to Friday, less bank holidays (with substitute days and one-off
 * holidays). Depends on nothing else in the project.
 */
@NullMarked
package org.casereview.workingdays;

import org.jspecify.annotations.NullMarked;
