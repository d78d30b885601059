package org.casereview.backoffice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.casereview.DomainConfiguration;
import org.casereview.casework.CaseRow;

import java.time.LocalDate;

/**
 * A list of cases as the work queue and the case list show them: what to do next and its working-day clock first,
 * then the victim's risk, who has the case, and the rest. Opening a row opens the case. Widths are fixed because the
 * rows arrive a page at a time, after the columns are laid out.
 */
public class CaseGrid extends Grid<CaseRow> {

    public CaseGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(CaseRow::reference).setHeader("Reference").setSortProperty("reference").setWidth("9.5rem")
                .setFlexGrow(0).setFrozen(true);
        addColumn(CaseRow::applicantName).setHeader("Applicant").setSortProperty("applicantName").setWidth("11rem")
                .setFlexGrow(1);
        addColumn(row -> row.clock() == null ? "—" : row.clock().step()).setHeader("Next step").setWidth("10rem")
                .setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> Tags.clock(row.clock()))).setHeader("Due")
                .setSortProperty("nextDue").setWidth("19rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> Tags.riskShort(row.riskLevel()))).setHeader("Risk")
                .setSortProperty("riskLevel").setWidth("8rem").setFlexGrow(0);
        addColumn(row -> row.officerName() == null ? "Unassigned" : row.officerName()).setHeader("Officer")
                .setSortProperty("officer").setWidth("10rem").setFlexGrow(1);
        addColumn(CaseRow::partnershipName).setHeader("Council area").setSortProperty("partnership")
                .setWidth("11rem").setFlexGrow(1);
        addColumn(new ComponentRenderer<>(row -> Tags.status(row.status()))).setHeader("Status")
                .setSortProperty("status").setWidth("10rem").setFlexGrow(0);
        addColumn(row -> row.channel().label()).setHeader("Channel").setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.channel().label());
        addColumn(row -> Formats.date(LocalDate.ofInstant(row.receivedAt(), DomainConfiguration.UK)))
                .setHeader("Received").setSortProperty("receivedAt").setWidth("8rem").setFlexGrow(0);
        setMultiSort(false);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().id())));
    }
}
