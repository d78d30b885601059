package org.casereview.backoffice.dataprotection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.Facts;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.drafts.DraftService;
import org.casereview.retention.RetentionRun;
import org.casereview.retention.RetentionRuns;
import org.casereview.retention.RetentionRuns.RunSummary;
import org.casereview.retention.RetentionService.RetentionOutcome;
import org.springframework.data.domain.PageRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Retention, for administrators: how long each partnership keeps closed cases, when the job runs, every run and what
 * it anonymised (and each clean-up of expired drafts), and a way to run it now.
 */
@Route("admin/retention")
@PageTitle("Retention – Case Review")
@RolesAllowed(Roles.ADMINISTRATOR)
public class RetentionView extends Main {

    final Grid<RunSummary> runs = new Grid<>();
    final Button runNow = new Button("Run retention now");
    private final Div schedule = new Div();
    private final RetentionRuns retention;

    RetentionView(RetentionRuns retention) {
        this.retention = retention;
        addClassNames("view", "retention-view");

        Paragraph intro = new Paragraph("Each partnership keeps a closed case for a number of years after it closed "
                + "(set on the Partnerships page). Then the retention run anonymises it: names, addresses, contact "
                + "details, dates of birth and everything typed are removed from the case, its incidents, decisions, "
                + "history and messages; dates, decisions and counts stay for statistics. Open cases, and cases whose "
                + "processing is restricted, are never anonymised. Application forms saved and not sent are deleted "
                + DraftService.KEPT_FOR.toDays() + " days after they were last saved.");
        intro.addClassName("intro");
        schedule.setId("retention-schedule");

        runNow.setId("run-retention");
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.addClickListener(e -> confirmRun());

        runs.setId("retention-runs");
        runs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addColumn(run -> Formats.dateTime(run.startedAt())).setHeader("Started").setWidth("11rem")
                .setFlexGrow(0);
        runs.addColumn(run -> run.kind().label()).setHeader("What").setWidth("11rem").setFlexGrow(0);
        runs.addColumn(RunSummary::startedBy).setHeader("Started by").setWidth("12rem").setFlexGrow(0);
        runs.addColumn(RetentionView::result).setHeader("Result").setFlexGrow(1);
        runs.addColumn(run -> run.byPartnership().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", ")))
                .setHeader("By partnership").setFlexGrow(1);
        runs.addColumn(run -> String.join(", ", run.references())).setHeader("Cases anonymised").setFlexGrow(2);
        runs.setItems(query -> retention.runs(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) retention.runs(PageRequest.of(0, 1)).getTotalElements());
        runs.setEmptyStateText("Nothing has run yet.");
        runs.setHeight("24rem");

        Div actions = new Div(runNow);
        actions.addClassName("toolbar");
        add(new H1("Retention"), intro, schedule, actions, new H2("Runs"), runs);
        showSchedule();
    }

    private void showSchedule() {
        RetentionRuns.RetentionSchedule s = retention.schedule();
        schedule.removeAll();
        schedule.add(Facts.of(
                "Kept after closure", s.periods().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + entry.getValue()
                                + (entry.getValue() == 1 ? " year" : " years"))
                        .collect(Collectors.joining(" · ")),
                "Scheduled run", s.enabled() ? every(s.interval())
                        : "Turned off on this server (casereview.retention.enabled=false): run it here",
                "Last run", s.runningOn() != null ? "Running now, since " + Formats.dateTime(s.lastStarted())
                        : s.lastFinished() == null ? "Never" : "Finished " + Formats.dateTime(s.lastFinished()),
                "Expired drafts deleted", (s.draftCleanupEnabled() ? every(s.draftCleanupInterval())
                        : "Turned off on this server") + "; last looked " + Formats.dateTime(s.draftsLastRun())));
    }

    private void confirmRun() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-retention");
        confirm.setHeader("Run retention now?");
        confirm.setText("Every case past its partnership's period is anonymised now, as the scheduled run would. "
                + "This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Run now");
        confirm.addConfirmListener(e -> {
            RetentionOutcome[] outcome = new RetentionOutcome[1];
            if (Feedback.attempt(() -> outcome[0] = retention.runNow(), () -> { }).saved()) {
                int count = outcome[0].casesAnonymised();
                Feedback.saved(count == 0 ? "Nothing was due: no case anonymised"
                        : count + (count == 1 ? " case" : " cases") + " anonymised");
            }
            runs.getDataProvider().refreshAll();
            showSchedule();
        });
        confirm.open();
    }

    static String result(RunSummary run) {
        if (run.kind() == RetentionRun.Kind.DRAFT_CLEANUP) {
            return run.draftsDeleted() + (run.draftsDeleted() == 1 ? " draft" : " drafts") + " deleted";
        }
        if (run.finishedAt() == null) {
            return "Not finished (still running, or its server stopped)";
        }
        List<String> parts = new ArrayList<>();
        parts.add(run.casesAnonymised() + (run.casesAnonymised() == 1 ? " case" : " cases") + " anonymised");
        if (run.restrictedKept() > 0) {
            parts.add(run.restrictedKept() + " restricted " + (run.restrictedKept() == 1 ? "case" : "cases")
                    + " kept");
        }
        if (run.error() != null) {
            parts.add("stopped for " + run.error() + ": the next run carries on");
        }
        return String.join("; ", parts);
    }

    /** "Every 24 hours", "Every 30 minutes". */
    static String every(Duration interval) {
        if (interval.toMinutes() % 60 == 0 && interval.toHours() > 0) {
            long hours = interval.toHours();
            return hours == 1 ? "Every hour" : "Every " + hours + " hours";
        }
        long minutes = Math.max(1, interval.toMinutes());
        return minutes == 1 ? "Every minute" : "Every " + minutes + " minutes";
    }
}
