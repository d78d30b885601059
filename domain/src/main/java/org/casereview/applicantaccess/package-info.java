/**
 * Applicants checking their own case on the portal: proving who they are (a one-time security code e-mailed to the
 * address on the application, or a long-lived access code the unit gives to people who applied by post or phone),
 * limits on requests and tries, the short session that follows, and what the applicant may see and do in it: the
 * case's timeline in their terms, the next step and its due day, a second-stage review, their contact details,
 * withdrawing. Nothing here knows about HTTP: the portal passes the client's address as text.
 */
@NullMarked
package org.casereview.applicantaccess;

import org.jspecify.annotations.NullMarked;
