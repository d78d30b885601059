/**
 * Applications saved part-way to come back to later: the answers kept for 30 days, found again only with the link
 * e-mailed to the applicant (whose token is stored hashed), and deleted when they expire or the application is sent.
 */
@NullMarked
package org.casereview.drafts;

import org.jspecify.annotations.NullMarked;
