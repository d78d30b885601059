package org.casereview.backoffice.ui;

import com.vaadin.flow.component.html.Span;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.RiskLevel;
import org.casereview.casework.CaseClock;
import org.casereview.deadlines.DeadlineStatus;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small coloured labels: a case's status, its risk level, and where its next step stands. */
public final class Tags {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private Tags() {
    }

    public static Span status(ApplicationStatus status) {
        Span tag = new Span(status.label());
        tag.addClassNames("tag", "tag--status");
        return tag;
    }

    /** "High risk", or "Risk not assessed". */
    public static Span risk(@Nullable RiskLevel level) {
        Span tag = new Span(level == null ? "Risk not assessed" : level.label() + " risk");
        tag.addClassNames("tag", "tag--risk-" + (level == null ? "none" : level.name().toLowerCase(Locale.ROOT)));
        return tag;
    }

    /** For lists: "High", "Medium", "Standard", or a dash when not assessed yet. */
    public static Span riskShort(@Nullable RiskLevel level) {
        if (level == null) {
            Span none = new Span("—");
            none.getElement().setAttribute("title", "Risk not assessed");
            return none;
        }
        Span tag = risk(level);
        tag.setText(level.label());
        return tag;
    }

    /**
     * "Due 4 Mar · due in 3 working days", coloured by the domain's deadline status (due, due soon, overdue, done).
     * The words say it too, so colour is never the only sign.
     */
    public static Span clock(@Nullable CaseClock clock) {
        if (clock == null) {
            Span none = new Span("Nothing due");
            none.addClassNames("tag", "tag--clock-none");
            return none;
        }
        Span tag = new Span(clockText(clock));
        tag.addClassNames("tag", "tag--clock-" + clock.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return tag;
    }

    /** "Overdue: 4 working days (due 18 Nov)", "Due soon: 24 Nov (2 working days)", "Due 23 Dec (23 working days)". */
    public static String clockText(CaseClock clock) {
        String due = SHORT_DATE.format(clock.due());
        // Overdue at a weekend after a Friday deadline is still overdue: by one working day, as the clock says.
        int days = clock.status() == DeadlineStatus.OVERDUE ? Math.max(1, -clock.workingDaysLeft())
                : Math.abs(clock.workingDaysLeft());
        String count = days + (days == 1 ? " working day" : " working days");
        return switch (clock.status()) {
            case MET -> "Done";
            case OVERDUE -> "Overdue: " + count + " (due " + due + ")";
            case DUE_SOON -> clock.workingDaysLeft() <= 0 ? "Due today (" + due + ")"
                    : "Due soon: " + due + " (" + count + ")";
            case DUE -> "Due " + due + " (" + count + ")";
        };
    }
}
