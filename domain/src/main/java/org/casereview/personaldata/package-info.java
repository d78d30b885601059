/**
 * What each feature holds about people on a case, in one shape: how to list it for a subject access request and how
 * to remove it when the case is anonymised. A feature that adds a table holding personal data adds one
 * {@link org.casereview.personaldata.CasePersonalData} bean; the retention job, erasure and the subject access export
 * then include it without being changed.
 */
@NullMarked
package org.casereview.personaldata;

import org.jspecify.annotations.NullMarked;
