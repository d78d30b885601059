package org.casereview.backoffice.dataprotection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.notifications.documents.SubjectAccessDocument;
import org.casereview.subjectaccess.SubjectAccessLogEntry;
import org.casereview.subjectaccess.SubjectAccessReport;
import org.casereview.subjectaccess.SubjectAccessService;
import org.casereview.subjectaccess.SubjectMatch;
import org.casereview.subjectaccess.SubjectSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Subject access requests, for administrators: search for a person by any of their details, export everything held
 * on the cases found as one PDF (or JSON), and record an erasure or a restriction. Searches, exports, erasures and
 * restrictions are all recorded, and listed at the foot of the page.
 */
@Route("admin/subject-access")
@PageTitle("Subject access – Case Review")
@RolesAllowed(Roles.ADMINISTRATOR)
public class SubjectAccessView extends Main {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    final TextField name = new TextField("Name");
    final TextField email = new TextField("E-mail address");
    final TextField phone = new TextField("Phone number");
    final TextField postcode = new TextField("Postcode");
    final Button search = new Button("Search");
    final Grid<SubjectMatch> matches = new Grid<>();
    final Button export = new Button("Export the cases ticked");
    final Div downloads = new Div();
    final Grid<SubjectAccessLogEntry> requests = new Grid<>();
    private final Paragraph found = new Paragraph();
    private final Div exportBar = new Div(export, downloads);
    private final SubjectAccessService subjectAccess;
    private final SubjectAccessDocument document;
    private @Nullable Long searchId;

    SubjectAccessView(SubjectAccessService subjectAccess, SubjectAccessDocument document) {
        this.subjectAccess = subjectAccess;
        this.document = document;
        addClassNames("view", "subject-access-view");

        Paragraph intro = new Paragraph("Find everything held about a person: as the applicant, the victim, a member "
                + "of a group, or named in an incident. Check who is asking before you search. A case is found if "
                + "any detail you enter matches; each result says where and on what, so you can leave out a case "
                + "that is about someone else. Every search, export, erasure and restriction is recorded.");
        intro.addClassName("intro");
        name.setId("subject-name");
        email.setId("subject-email");
        phone.setId("subject-phone");
        postcode.setId("subject-postcode");
        for (TextField field : List.of(name, email, phone, postcode)) {
            field.setClearButtonVisible(true);
        }
        name.setHelperText("Part of a name finds every name containing it");
        phone.setHelperText("Written any way: 07700 900123, +44 7700 900123");
        search.setId("subject-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> search());
        search.addClickShortcut(Key.ENTER);
        FormLayout form = new FormLayout(name, email, phone, postcode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Div searchBar = new Div(search);
        searchBar.addClassName("toolbar");

        found.setId("subject-found");
        matches.setId("subject-matches");
        matches.setSelectionMode(Grid.SelectionMode.MULTI);
        matches.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        matches.addColumn(SubjectMatch::reference).setHeader("Case").setWidth("10rem").setFlexGrow(0);
        matches.addColumn(SubjectMatch::partnershipName).setHeader("Council area").setWidth("11rem").setFlexGrow(0);
        matches.addComponentColumn(SubjectAccessView::status).setHeader("Status").setWidth("12rem").setFlexGrow(0);
        matches.addColumn(match -> Formats.date(match.receivedOn())).setHeader("Received").setWidth("8rem")
                .setFlexGrow(0);
        matches.addColumn(SubjectMatch::matchedAs).setHeader("Found as").setFlexGrow(1);
        matches.addComponentColumn(this::actions).setKey("requests").setHeader("Requests").setWidth("16rem").setFlexGrow(0);
        matches.setEmptyStateText("No case holds anything matching these details.");
        matches.setHeight("18rem");
        matches.setVisible(false);
        matches.addSelectionListener(e -> {
            export.setEnabled(!e.getAllSelectedItems().isEmpty());
            downloads.removeAll();
        });

        export.setId("subject-export");
        export.setEnabled(false);
        export.addClickListener(e -> export());
        downloads.setId("subject-downloads");
        downloads.addClassName("toolbar");
        exportBar.addClassName("toolbar");
        exportBar.setVisible(false);

        requests.setId("subject-requests");
        requests.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.addColumn(entry -> Formats.dateTime(entry.getOccurredAt())).setHeader("When").setWidth("11rem")
                .setFlexGrow(0);
        requests.addColumn(SubjectAccessLogEntry::getActor).setHeader("Who").setWidth("14rem").setFlexGrow(0);
        requests.addColumn(entry -> entry.getKind().label()).setHeader("What").setWidth("9rem").setFlexGrow(0);
        requests.addColumn(entry -> entry.search().describe()).setHeader("Searched for").setFlexGrow(1);
        requests.addColumn(entry -> Objects.requireNonNullElse(entry.getReferences(), "")).setHeader("Cases")
                .setFlexGrow(1);
        requests.addColumn(entry -> Objects.requireNonNullElse(entry.getReason(), "")).setHeader("Reason")
                .setFlexGrow(1);
        requests.setItems(query -> subjectAccess.requests(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) subjectAccess.requests(PageRequest.of(0, 1)).getTotalElements());
        requests.setEmptyStateText("No subject access work has been recorded yet.");
        requests.setHeight("20rem");

        add(new H1("Subject access"), intro, form, searchBar, found, matches, exportBar,
                new H2("Record of subject access requests"), requests);
    }

    private void search() {
        SubjectSearch wanted = new SubjectSearch(name.getValue(), email.getValue(), phone.getValue(),
                postcode.getValue());
        long[] id = new long[1];
        if (!Feedback.attempt(() -> id[0] = subjectAccess.search(wanted), () -> { }).saved()) {
            return;
        }
        searchId = id[0];
        long count = subjectAccess.matches(searchId, PageRequest.of(0, 1)).getTotalElements();
        found.setText(count == 0 ? "No case holds anything matching " + wanted.describe() + "."
                : count + (count == 1 ? " case holds" : " cases hold") + " something matching " + wanted.describe()
                + ". Tick the cases that are about this person, then export them.");
        showMatches();
        requests.getDataProvider().refreshAll();
    }

    private void showMatches() {
        long current = Objects.requireNonNull(searchId);
        matches.deselectAll();
        matches.setItems(query -> subjectAccess.matches(current, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) subjectAccess.matches(current, PageRequest.of(0, 1)).getTotalElements());
        matches.getLazyDataView().setIdentifierProvider(SubjectMatch::applicationId);
        matches.setVisible(true);
        exportBar.setVisible(true);
        downloads.removeAll();
    }

    private void export() {
        List<Long> chosen = matches.getSelectedItems().stream().map(SubjectMatch::applicationId).toList();
        SubjectAccessReport[] report = new SubjectAccessReport[1];
        if (!Feedback.attempt(() -> report[0] = subjectAccess.export(Objects.requireNonNull(searchId), chosen),
                () -> { }).saved()) {
            return;
        }
        byte[] pdf = document.pdf(report[0]);
        byte[] json = JSON.writeValueAsString(report[0]).getBytes(StandardCharsets.UTF_8);
        String file = "subject-access-" + Objects.requireNonNull(searchId);
        downloads.removeAll();
        downloads.add(download(pdf, file + ".pdf", "application/pdf",
                        "Download the PDF (" + chosen.size() + (chosen.size() == 1 ? " case)" : " cases)"), "download-pdf"),
                download(json, file + ".json", "application/json", "Download as JSON", "download-json"));
        Feedback.saved("Export recorded: " + chosen.size() + (chosen.size() == 1 ? " case" : " cases"));
        requests.getDataProvider().refreshAll();
    }

    private static Anchor download(byte[] content, String fileName, String type, String text, String id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), fileName, type, content.length)), text);
        link.setId(id);
        return link;
    }

    private static Component status(SubjectMatch match) {
        Span status = new Span(match.status().label());
        if (!match.restricted()) {
            return status;
        }
        Span restricted = new Span("Restricted");
        restricted.addClassNames("tag", "tag--pending");
        Div cell = new Div(status, new Span(" "), restricted);
        return cell;
    }

    private Component actions(SubjectMatch match) {
        Button restriction = new Button(match.restricted() ? "Lift restriction" : "Restrict",
                e -> (match.restricted() ? lift(match) : restrict(match)).open());
        Button erase = new Button("Erase…", e -> erase(match).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(restriction, erase)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", button.getText() + ": " + match.reference());
        }
        Div cell = new Div(restriction, erase);
        cell.addClassName("row-actions");
        return cell;
    }

    private ActionDialog restrict(SubjectMatch match) {
        TextArea reason = reason("Why processing is restricted", "For example: accuracy of the incidents disputed, "
                + "or kept for a legal claim. Do not write the person's name.");
        return new ActionDialog("Restrict processing of " + match.reference(), "Restrict",
                () -> Feedback.attempt(() -> subjectAccess.restrict(current(), match.applicationId(),
                        reason.getValue()), () -> { }), () -> changed(match.reference() + " is restricted"))
                .with(new Paragraph("Staff can still read the case, with a notice saying it is restricted, but "
                        + "cannot change it; it is not anonymised while restricted."), reason);
    }

    private ActionDialog lift(SubjectMatch match) {
        TextArea reason = reason("Why the restriction is lifted", "Do not write the person's name.");
        return new ActionDialog("Lift the restriction on " + match.reference(), "Lift restriction",
                () -> Feedback.attempt(() -> subjectAccess.liftRestriction(current(), match.applicationId(),
                        reason.getValue()), () -> { }), () -> changed("The restriction on " + match.reference()
                + " is lifted")).with(reason);
    }

    private ActionDialog erase(SubjectMatch match) {
        TextArea reason = reason("Why the case is erased", "For example: erasure request received 3 May. Do not "
                + "write the person's name.");
        TextArea override = new TextArea("Why it must be erased although the case is open");
        override.setId("erase-override");
        override.setMaxLength(450);
        override.setWidthFull();
        ActionDialog dialog = new ActionDialog("Erase " + match.reference() + "?", "Erase now", () -> Feedback.attempt(
                () -> subjectAccess.erase(current(), match.applicationId(), reason.getValue(),
                        match.status().isFinal() ? null : override.getValue()), () -> { }),
                () -> changed(match.reference() + " is erased"));
        dialog.confirmButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.with(new Paragraph("Everything about the people on this case is removed now: names, contact "
                + "details, what they wrote, notes, and the words of its messages. Dates, decisions and counts stay "
                + "for statistics. This cannot be undone."), reason);
        if (!match.status().isFinal()) {
            Paragraph open = new Paragraph("This case is still open (" + match.status().label() + "). Erasing it "
                    + "withdraws it: nobody can work on it any more. Erase it only if it must be done now.");
            open.addClassName("warning");
            dialog.with(open, override);
        }
        return dialog;
    }

    private TextArea reason(String label, String helper) {
        TextArea reason = new TextArea(label);
        reason.setId("request-reason");
        reason.setHelperText(helper);
        reason.setMaxLength(450);
        reason.setWidthFull();
        reason.setRequired(true);
        return reason;
    }

    private long current() {
        return Objects.requireNonNull(searchId);
    }

    private void changed(String message) {
        Feedback.saved(message);
        showMatches();
        requests.getDataProvider().refreshAll();
    }
}
