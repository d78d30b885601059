package org.casereview.backoffice.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.CaseGrid;
import org.casereview.casework.CaseFilter;
import org.casereview.casework.CaseworkService;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipService;
import org.casereview.staff.MyAccount;
import org.casereview.staff.StaffMember;
import org.casereview.staff.StaffDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every case this member of staff may see, newest first, paged from the database as they scroll; narrowed by council
 * area, status, officer, decision due dates and channel, and searched by reference, name, postcode, phone, e-mail or
 * an agency's incident reference. A panel member sees the cases under review only.
 */
@Route("cases")
@PageTitle("Cases – Case Review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER})
public class CaseListView extends Main {

    /** The officer filter's entry for cases nobody has been given. */
    static final StaffMember UNASSIGNED = new StaffMember(-1, "", "Unassigned", java.util.Set.of(), null, null);

    final CaseGrid grid = new CaseGrid("cases");
    final TextField search = new TextField();
    final ComboBox<Partnership> partnership = new ComboBox<>("Council area");
    final MultiSelectComboBox<ApplicationStatus> status = new MultiSelectComboBox<>("Status");
    final ComboBox<StaffMember> officer = new ComboBox<>("Officer");
    final Select<Channel> channel = new Select<>();
    final DatePicker dueFrom = new DatePicker("Decision due from");
    final DatePicker dueTo = new DatePicker("Decision due to");
    final Span count = new Span();

    private final CaseworkService casework;

    CaseListView(CaseworkService casework, PartnershipService partnerships, MyAccount myAccount,
                 StaffDirectory directory) {
        this.casework = casework;
        addClassNames("view", "case-list-view");
        StaffMember me = myAccount.me();

        search.setId("search");
        search.setPlaceholder("Reference, name, postcode, phone, e-mail or agency reference");
        search.setAriaLabel("Search cases");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");

        partnership.setId("filter-partnership");
        partnership.setItems(partnerships.councilAreas());
        partnership.setItemLabelGenerator(Partnership::getName);
        partnership.setClearButtonVisible(true);
        partnership.setVisible(me.countyWide());

        status.setId("filter-status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(ApplicationStatus::label);
        status.setClearButtonVisible(true);

        officer.setId("filter-officer");
        List<StaffMember> officers = new ArrayList<>();
        officers.add(UNASSIGNED);
        if (me.worksCases()) {
            officers.addAll(directory.caseworkers(me.partnershipId()));
        }
        officer.setItems(officers);
        officer.setItemLabelGenerator(StaffMember::displayName);
        officer.setClearButtonVisible(true);
        officer.setVisible(me.worksCases());

        channel.setId("filter-channel");
        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption("Any channel");
        channel.setItemLabelGenerator(c -> c == null ? "Any channel" : c.label());

        for (DatePicker picker : List.of(dueFrom, dueTo)) {
            picker.setLocale(Locale.UK);
            picker.setClearButtonVisible(true);
        }
        dueFrom.setId("filter-due-from");
        dueTo.setId("filter-due-to");

        Button clear = new Button("Clear filters", e -> {
            search.clear();
            partnership.clear();
            status.clear();
            officer.clear();
            channel.clear();
            dueFrom.clear();
            dueTo.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("clear-filters");

        grid.setItems(
                query -> casework.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) casework.count(filter()));
        grid.setSizeFull();
        grid.setEmptyStateText("No cases to show. If you searched or filtered, check the spelling or clear the "
                + "filters.");

        search.addValueChangeListener(e -> refresh());
        partnership.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        officer.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());

        Div searchBar = new Div(search, clear);
        searchBar.addClassName("toolbar");
        Div filters = new Div(partnership, status, officer, channel, dueFrom, dueTo);
        filters.addClassName("filters");
        count.setId("case-count");
        count.addClassName("count");
        H1 title = new H1(me.worksCases() ? "Cases" : "Case reviews");
        add(title, searchBar, filters, count, grid);
        updateCount();
    }

    CaseFilter filter() {
        StaffMember chosen = officer.getValue();
        boolean unassigned = chosen != null && chosen.id() == UNASSIGNED.id();
        Partnership area = partnership.getValue();
        return new CaseFilter(search.getValue(), area == null ? null : area.getId(), status.getValue(),
                chosen == null || unassigned ? null : chosen.id(), unassigned, dueFrom.getValue(), dueTo.getValue(),
                channel.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long total = casework.count(filter());
        count.setText(total == 1 ? "1 case" : total + " cases");
    }
}
