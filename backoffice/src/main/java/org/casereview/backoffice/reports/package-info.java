/**
 * The figures and reports: the statutory figures and the management figures around them for chosen partnerships and
 * a period, as a table and charts (SVG drawn here, no frontend build), with CSV and PDF downloads.
 */
@NullMarked
package org.casereview.backoffice.reports;

import org.jspecify.annotations.NullMarked;
