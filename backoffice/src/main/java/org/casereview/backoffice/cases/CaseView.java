package org.casereview.backoffice.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Incident;
import org.casereview.backoffice.security.Roles;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.jspecify.annotations.Nullable;

import static org.casereview.backoffice.cases.CaseListView.DATE;
import static org.casereview.backoffice.cases.CaseListView.DATE_TIME;

/** One case: everything the applicant told us, the dates that follow from it, and its history. */
@Route("cases/:id")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final CaseHistory history;
    private String title = "Case – Case Review";

    CaseView(ApplicationService applications, CaseHistory history) {
        this.applications = applications;
        this.history = history;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        Application application = applications.details(id).orElseThrow(NotFoundException::new);
        title = application.getReference() + " – Case Review";
        show(application);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Application a) {
        removeAll();
        RouterLink back = new RouterLink("All cases", CaseListView.class);
        H1 heading = new H1(a.getReference());
        heading.setId("case-reference");
        Span status = new Span(a.getStatus().label());
        status.addClassName("status-tag");
        add(back, heading, status);

        add(new H2("Application"), facts(
                "Council area", a.getPartnership().getName(),
                "Channel", a.getChannel().label(),
                "Received", DATE_TIME.format(a.getReceivedAt()),
                "Acknowledged", a.getAcknowledgedOn() == null ? "Not yet" : DATE.format(a.getAcknowledgedOn()),
                "Acknowledgement due", DATE.format(a.getAcknowledgementDue()),
                "Decision due", DATE.format(a.getDecisionDue()),
                "Consent to share", a.isConsentToShare() ? "Given " + DATE_TIME.format(a.getConsentGivenAt()) : "Not given"));

        add(new H2("Applicant"), facts(
                "Applying as", a.getApplicantType().label(),
                "Name", a.getApplicantName(),
                "Address", a.getApplicantAddress(),
                "Postcode", a.getApplicantPostcode(),
                "Phone", a.getApplicantPhone(),
                "E-mail", a.getApplicantEmail(),
                "Prefers contact by", a.getPreferredContact().label()));

        add(new H2("Incidents reported (" + a.getIncidents().size() + ")"));
        Div incidents = new Div();
        incidents.setId("incidents");
        for (Incident incident : a.getIncidents()) {
            Div card = facts(
                    "Happened", DATE.format(incident.getOccurredOn()),
                    "Reported", DATE.format(incident.getReportedOn()),
                    "Reported to", incident.reportedToName(),
                    "Reference", incident.getAgencyReference(),
                    "What happened", incident.getDescription());
            card.addClassName("incident");
            incidents.add(card);
        }
        add(incidents);

        add(new H2("History"));
        Div events = new Div();
        events.setId("history");
        for (CaseEvent event : history.of(a.getId())) {
            events.add(new Paragraph(DATE_TIME.format(event.getOccurredAt()) + " · " + event.getActor() + " · "
                    + event.getDescription()));
        }
        add(events);
    }

    /** A definition list of label/value pairs; text is set as text, so nothing typed is ever run as HTML. */
    private static Div facts(@Nullable String... pairs) {
        Div list = new Div();
        list.addClassName("facts");
        for (int i = 0; i < pairs.length; i += 2) {
            Span label = new Span(pairs[i]);
            label.addClassName("facts__label");
            Span value = new Span(pairs[i + 1] == null || pairs[i + 1].isBlank() ? "—" : pairs[i + 1]);
            value.addClassName("facts__value");
            list.add(label, value);
        }
        return list;
    }
}
