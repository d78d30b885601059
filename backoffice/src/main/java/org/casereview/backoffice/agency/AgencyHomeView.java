package org.casereview.backoffice.agency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.DomainConfiguration;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Facts;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.backoffice.ui.Tags;
import org.casereview.casework.CaseClock;
import org.casereview.review.AgencyWork;
import org.casereview.review.Recommendation;
import org.casereview.staff.MyAccount;
import org.casereview.staff.StaffMember;
import org.casereview.workingdays.WorkingDayCalendar;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;

/**
 * A partner agency user's page: the information requests and the recommendations addressed to their agency, in their
 * partnership, each a page at a time from the database; answering a request, and responding to a recommendation
 * under the duty to have regard to it. They see the case's reference and what is asked, never the applicant's file.
 */
@Route("agency")
@PageTitle("My agency – Case Review")
@RolesAllowed(Roles.PARTNER_AGENCY)
public class AgencyHomeView extends Main {

    final Grid<AgencyWork.RequestForAgency> requests = new Grid<>();
    final Grid<AgencyWork.RecommendationForAgency> recommendations = new Grid<>();
    private final AgencyWork work;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    AgencyHomeView(MyAccount myAccount, AgencyWork work) {
        this.work = work;
        addClassNames("view", "agency-view");
        StaffMember me = myAccount.me();
        add(new H1("My agency"));
        Paragraph agency = new Paragraph(me.agency() == null
                ? "Your account is not tied to an agency, so no requests can reach it: ask an administrator."
                : "You are signed in for " + me.agency().label() + (me.partnershipId() == null
                ? ", in every council area." : ", in one council area."));
        agency.setId("agency-name");
        Paragraph intro = new Paragraph("The Community Safety Unit asks your agency for what it knows about a case "
                + "under review, and sends the review's recommendations to your agency. You see the case's reference "
                + "and what is asked, not the applicant's file. Select a request to read it in full with your "
                + "answer.");
        intro.addClassName("intro");
        add(agency, intro);
        if (me.agency() == null) {
            return;
        }
        add(new H2("Requests for information"), requestsGrid(),
                new H2("Recommendations to your agency"), recommendationsGrid());
    }

    private Component requestsGrid() {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        requests.setId("agency-requests");
        requests.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.addColumn(AgencyWork.RequestForAgency::reference).setHeader("Case").setWidth("9.5rem")
                .setFlexGrow(0);
        requests.addColumn(r -> r.partnership() + " · " + r.agencyName()).setHeader("Council area · to")
                .setWidth("13rem").setFlexGrow(0);
        requests.addColumn(AgencyWork.RequestForAgency::requestText).setHeader("What is asked").setFlexGrow(3);
        requests.addColumn(new ComponentRenderer<>(r -> {
            if (r.answeredOn() != null) {
                Span done = new Span("Answered " + Formats.date(r.answeredOn()));
                done.addClassNames("tag", "tag--clock-met");
                return done;
            }
            Span clock = Tags.clock(CaseClock.of("Answer", r.dueOn(), null, today, calendar));
            if (!r.answerable()) {
                clock.setText("Case ended: no answer needed");
                clock.setClassName("tag tag--clock-none");
            }
            return clock;
        })).setHeader("Due").setWidth("17rem").setFlexGrow(0);
        requests.addColumn(new ComponentRenderer<>(r -> {
            if (r.answeredOn() != null || !r.answerable()) {
                return new Span();
            }
            Button answer = new Button("Answer", e -> answerDialog(r).open());
            answer.setId("answer-" + r.id());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            answer.setAriaLabel("Answer the request on " + r.reference());
            return answer;
        })).setKey("answer").setWidth("7rem").setFlexGrow(0);
        requests.setItemDetailsRenderer(new ComponentRenderer<>(r -> Facts.of(
                "Asked on", Formats.date(r.requestedOn()),
                "Due by", Formats.date(r.dueOn()),
                "What is asked", r.requestText(),
                "Your answer", r.answerText())));
        requests.setItems(query -> work.requests(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) work.requests(PageRequest.of(0, 1)).getTotalElements());
        requests.setEmptyStateText("No requests for your agency.");
        requests.setHeight("22em");
        return requests;
    }

    private Component recommendationsGrid() {
        recommendations.setId("agency-recommendations");
        recommendations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        recommendations.addColumn(AgencyWork.RecommendationForAgency::reference).setHeader("Case")
                .setWidth("9.5rem").setFlexGrow(0);
        recommendations.addColumn(r -> r.partnership() + " · " + r.agencyName()).setHeader("Council area · to")
                .setWidth("13rem").setFlexGrow(0);
        recommendations.addColumn(AgencyWork.RecommendationForAgency::text).setHeader("Recommendation")
                .setFlexGrow(3);
        recommendations.addColumn(r -> Formats.date(r.issuedOn())).setHeader("Issued").setWidth("8rem")
                .setFlexGrow(0);
        recommendations.addColumn(new ComponentRenderer<>(r -> {
            if (r.response() == null) {
                Span none = new Span("No response yet");
                none.addClassNames("tag", "tag--pending");
                return none;
            }
            Div response = new Div();
            Span tag = new Span(r.response().label());
            tag.addClassNames("tag", r.response() == Recommendation.Response.WILL_ACT ? "tag--counts"
                    : "tag--not-counted");
            response.add(tag, new Div(r.reasons()));
            return response;
        })).setHeader("Your response").setFlexGrow(2);
        recommendations.addColumn(new ComponentRenderer<>(r -> {
            if (r.response() != null) {
                return new Span();
            }
            Button respond = new Button("Respond", e -> respondDialog(r).open());
            respond.setId("respond-" + r.id());
            respond.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            respond.setAriaLabel("Respond to the recommendation on " + r.reference());
            return respond;
        })).setKey("respond").setWidth("7rem").setFlexGrow(0);
        recommendations.setItems(
                query -> work.recommendations(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) work.recommendations(PageRequest.of(0, 1)).getTotalElements());
        recommendations.setEmptyStateText("No recommendations have been issued to your agency.");
        recommendations.setHeight("18em");
        return recommendations;
    }

    private ActionDialog answerDialog(AgencyWork.RequestForAgency request) {
        TextArea answer = new TextArea("Your agency's answer");
        answer.setId("agency-answer");
        answer.setWidthFull();
        answer.setMinHeight("12em");
        answer.setMaxLength(60_000);
        answer.setHelperText("Every report you hold about this case, what you did about each, and any work still in "
                + "progress. Include reports you considered vexatious.");
        return new ActionDialog("Answer the request on " + request.reference(), "Send answer",
                () -> attempt(() -> work.answer(request.id(), request.version(), answer.getValue())),
                () -> {
                    Feedback.saved("Answer sent to the Community Safety Unit");
                    requests.getDataProvider().refreshAll();
                }).with(Facts.of(
                "Case", request.reference() + " (" + request.partnership() + ")",
                "Due by", Formats.date(request.dueOn()),
                "What is asked", request.requestText()), answer);
    }

    private ActionDialog respondDialog(AgencyWork.RecommendationForAgency recommendation) {
        RadioButtonGroup<Recommendation.Response> choice = new RadioButtonGroup<>("Will your agency act on it?");
        choice.setId("agency-response");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(Recommendation.Response.values());
        choice.setItemLabelGenerator(Recommendation.Response::label);
        TextArea reasons = new TextArea("Your reasons");
        reasons.setId("agency-response-reasons");
        reasons.setWidthFull();
        reasons.setMaxLength(4000);
        reasons.setHelperText("Your agency must have regard to the recommendation: say what you will do, or why "
                + "you will not.");
        return new ActionDialog("Respond to the recommendation on " + recommendation.reference(), "Send response",
                () -> attempt(() -> {
                    if (choice.getValue() == null) {
                        throw new ActionRefusedException("Choose whether your agency will act on it");
                    }
                    work.respond(recommendation.id(), recommendation.version(), choice.getValue(),
                            reasons.getValue());
                }),
                () -> {
                    Feedback.saved("Response sent to the Community Safety Unit");
                    recommendations.getDataProvider().refreshAll();
                }).with(Facts.of(
                "Case", recommendation.reference() + " (" + recommendation.partnership() + ")",
                "Issued", Formats.date(recommendation.issuedOn()),
                "Recommendation", recommendation.text()), choice, reasons);
    }

    /** As {@link Feedback#attempt}; an item that is not this agency's reads as gone, as it does in the service. */
    private Feedback.Outcome attempt(Runnable change) {
        try {
            return Feedback.attempt(change, () -> {
            });
        } catch (AgencyWork.AgencyItemNotFound e) {
            Feedback.error("That item is no longer addressed to your agency.");
            requests.getDataProvider().refreshAll();
            recommendations.getDataProvider().refreshAll();
            return Feedback.Outcome.REFUSED;
        }
    }
}
