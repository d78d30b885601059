/**
 * "Check your case": an applicant opens their own case with a security code e-mailed to them or an access code from
 * the unit, then sees its timeline and next step, reads the messages they were sent, asks for a second-stage review,
 * changes their contact details or withdraws. The rules are the domain's ({@code org.casereview.applicantaccess});
 * these pages hold only the words and the short session.
 */
@NullMarked
package org.casereview.portal.status;

import org.jspecify.annotations.NullMarked;
