/**
 * Subject access: an administrator finds everything held about a person across cases, exports it as one document,
 * and records an erasure or a restriction where it applies. Every search, export, erasure and restriction is recorded.
 */
@NullMarked
package org.casereview.subjectaccess;

import org.jspecify.annotations.NullMarked;
