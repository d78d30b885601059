package org.casereview.backoffice.cases;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationSummary;
import org.casereview.backoffice.security.Roles;
import org.springframework.data.domain.PageRequest;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.casereview.DomainConfiguration.UK;

/** All applications, newest first, paged from the database as the officer scrolls. */
@Route("cases")
@RouteAlias("")
@PageTitle("Cases – Case Review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class CaseListView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK).withZone(UK);

    final Grid<ApplicationSummary> grid = new Grid<>();
    final TextField search = new TextField();

    CaseListView(ApplicationService applications) {
        addClassName("view");
        search.setId("search");
        search.setPlaceholder("Reference, name, postcode, phone or e-mail");
        search.setAriaLabel("Search cases");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");

        grid.setId("cases");
        var reference = grid.addColumn(ApplicationSummary::reference).setHeader("Reference").setSortProperty("reference")
                .setAutoWidth(true);
        grid.addColumn(ApplicationSummary::partnershipName).setHeader("Council area").setAutoWidth(true)
                .setSortProperty("partnership.name");
        var received = grid.addColumn(s -> DATE_TIME.format(s.receivedAt())).setHeader("Received").setAutoWidth(true)
                .setSortProperty("receivedAt");
        grid.addColumn(s -> s.channel().label()).setHeader("Channel");
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true).setSortProperty("status");
        grid.addColumn(s -> DATE.format(s.acknowledgementDue())).setHeader("Acknowledgement due").setAutoWidth(true)
                .setSortProperty("acknowledgementDue");
        grid.addColumn(s -> DATE.format(s.decisionDue())).setHeader("Decision due").setAutoWidth(true).setSortProperty("decisionDue");
        grid.setMultiSort(false);
        grid.setItems(
                query -> applications.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) applications.list(search.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.sort(List.of(new GridSortOrder<>(received, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, new RouteParam("id", e.getItem().id()))));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reference.setFrozen(true);

        add(new H1("Cases"), search, grid);
    }
}
