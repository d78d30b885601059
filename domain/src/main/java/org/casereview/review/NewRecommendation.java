package org.casereview.review;

import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;

/** A recommendation a second-stage panel adds with its decision. */
public record NewRecommendation(Agency agency, String agencyName, @Nullable String contactEmail, String text) {
}
