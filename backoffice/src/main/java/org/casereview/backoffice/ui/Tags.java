package org.casereview.backoffice.ui;

import com.vaadin.flow.component.html.Span;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.RiskLevel;
import org.casereview.casework.CaseClock;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** Small coloured labels: a case's status, its risk level, and where its next step stands. */
public final class Tags {

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

    public static String clockText(CaseClock clock) {
        return switch (clock.status()) {
            case MET -> "Done";
            case OVERDUE -> "Overdue · was due " + Formats.date(clock.due()) + " · " + clock.inWords();
            case DUE_SOON, DUE -> "Due " + Formats.date(clock.due()) + " · " + clock.inWords();
        };
    }
}
