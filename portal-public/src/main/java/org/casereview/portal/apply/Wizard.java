package org.casereview.portal.apply;

import org.casereview.application.ValidationProblem;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** What a page of the wizard may ask of the wizard around it. */
interface Wizard {

    ApplicationDraft draft();

    LocalDate today();

    /** The council area chosen, or null before one is. */
    @Nullable Partnership partnership();

    List<Partnership> councilAreas();

    /** Draws the current page again from the draft (after an incident is added, say), with no errors shown. */
    void refresh();

    /**
     * Shows the problems beside their fields and in the error summary.
     *
     * @return whether there were any
     */
    boolean showProblems(List<ValidationProblem> problems);

    /** Opens a page from the check-answers page; continuing from it comes back there. */
    void change(Step step);
}
