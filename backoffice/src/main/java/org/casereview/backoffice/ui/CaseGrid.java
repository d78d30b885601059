package org.casereview.backoffice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.casereview.casework.CaseRow;

/**
 * A list of cases as the work queue and the case list show them: the next step with its working-day clock, the
 * victim's risk, and who has the case. Opening a row opens the case.
 */
public class CaseGrid extends Grid<CaseRow> {

    public CaseGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(CaseRow::reference).setHeader("Reference").setSortProperty("reference").setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        addColumn(CaseRow::applicantName).setHeader("Applicant").setSortProperty("applicantName").setAutoWidth(true);
        addColumn(CaseRow::partnershipName).setHeader("Council area").setSortProperty("partnership")
                .setAutoWidth(true);
        addColumn(row -> Formats.date(row.receivedAt() == null ? null
                : java.time.LocalDate.ofInstant(row.receivedAt(), org.casereview.DomainConfiguration.UK)))
                .setHeader("Received").setSortProperty("receivedAt").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.channel().label()).setHeader("Channel").setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> Tags.status(row.status()))).setHeader("Status")
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.clock() == null ? "—" : row.clock().step()).setHeader("Next step").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> Tags.clock(row.clock()))).setHeader("Due")
                .setSortProperty("nextDue").setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> Tags.risk(row.riskLevel()))).setHeader("Risk")
                .setSortProperty("riskLevel").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.officerName() == null ? "Unassigned" : row.officerName()).setHeader("Officer")
                .setSortProperty("officer").setAutoWidth(true);
        setMultiSort(false);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().id())));
    }
}
