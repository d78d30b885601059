package org.casereview.statistics;

/** A partnership as the figures name it: its council area, its county, and the years it publishes by. */
public record ReportingArea(long id, String code, String name, String county, YearBasis basis) {
}
