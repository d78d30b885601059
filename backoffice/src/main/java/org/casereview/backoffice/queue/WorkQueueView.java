package org.casereview.backoffice.queue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.CaseGrid;
import org.casereview.casework.CaseworkService;
import org.casereview.casework.WorkQueue;
import org.casereview.deadlines.CaseDeadlines;
import org.springframework.data.domain.PageRequest;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What needs doing: applications to acknowledge, threshold decisions due, outcome letters due (and those that need a
 * delay notice), final reviews due, second-stage reviews waiting, everything overdue, and the member of staff's own
 * cases, each soonest due first with its working-day clock. Each list pages from the database. An
 * application taken by phone, letter or e-mail is recorded from here.
 */
@Route("queue")
@PageTitle("Work queue – Case Review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER})
public class WorkQueueView extends Main {

    final TabSheet tabs = new TabSheet();
    final Map<WorkQueue, CaseGrid> grids = new EnumMap<>(WorkQueue.class);

    WorkQueueView(CaseworkService casework) {
        addClassNames("view", "queue-view");
        Map<WorkQueue, Long> sizes = casework.queueSizes();
        tabs.setId("queues");
        tabs.setSizeFull();
        for (WorkQueue queue : WorkQueue.values()) {
            CaseGrid grid = new CaseGrid("queue-" + queue.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            grid.setItems(
                    query -> casework.queue(queue, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) casework.queue(queue, PageRequest.of(0, 1)).getTotalElements());
            grid.setSizeFull();
            grid.setEmptyStateText(switch (queue) {
                case TO_ACKNOWLEDGE -> "No application is waiting to be acknowledged.";
                case DECISIONS_DUE -> "No threshold decision is waiting.";
                case DELAY_NOTICES -> "No outcome is due within " + CaseDeadlines.DELAY_WARNING_WORKING_DAYS
                        + " working days without being sent.";
                case OUTCOMES_DUE -> "No case review is waiting for its outcome letter.";
                case FINAL_REVIEWS_DUE -> "No final review of an action plan is to come.";
                case SECOND_STAGE -> "No second-stage review is waiting for the panel.";
                case OVERDUE -> "Nothing is overdue.";
                case MINE -> "No open case is assigned to you. Open a case and choose \"Take this case\".";
            });
            grids.put(queue, grid);
            var tab = tabs.add(queue.label() + " (" + sizes.get(queue) + ")", grid);
            tab.setId("tab-" + grid.getId().orElseThrow());
            if ((queue == WorkQueue.OVERDUE || queue == WorkQueue.DELAY_NOTICES) && sizes.get(queue) > 0) {
                tab.addClassName("tab--overdue");
            }
        }
        Paragraph intro = new Paragraph("Soonest due first. Deadlines count working days: Monday to Friday, not "
                + "bank holidays in England and Wales. \"Due soon\" means 3 working days or fewer. A delay notice "
                + "is needed when an outcome letter is due within " + CaseDeadlines.DELAY_WARNING_WORKING_DAYS
                + " working days, or late. A second-stage review aims for a decision within the partnership's "
                + "decision period from the request.");
        intro.addClassName("intro");
        Button record = new Button("Record an application", e -> UI.getCurrent().navigate("intake"));
        record.setId("record-an-application");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H1("Work queue"), record);
        header.addClassName("view-header");
        add(header, intro, tabs);
    }
}
