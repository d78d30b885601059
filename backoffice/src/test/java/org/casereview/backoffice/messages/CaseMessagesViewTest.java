package org.casereview.backoffice.messages;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.casework.CaseworkService;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.notifications.MessagePreviews.Preview;
import org.casereview.notifications.outbox.CaseMessages.MessageSummary;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseMessagesViewTest extends KaribuTest {

    static final String FINDINGS = "Reports to the police and the landlord were never put together.";

    @Autowired
    Applications applications;
    @Autowired
    CaseworkService casework;
    @Autowired
    DecisionService decisions;
    @Autowired
    ReviewService reviews;

    /** A case whose panel has met, with a recommendation to the landlord: the outcome is still to be sent. */
    Application reviewHeld(String partnership, String email) {
        Application application = applications.apply(partnership, Channel.PHONE, "Morgan Preview", email, 40, 20, 5);
        long id = application.getId();
        casework.acknowledge(id, application.getVersion(), AcknowledgementMethod.PHONE, null);
        decisions.decide(id, applications.reload(application).getVersion(), DecisionOutcome.MET, null);
        reviews.recordPanel(id, applications.reload(application).getVersion(), new PanelRecord(
                Applications.today(), List.of(new PanelSeat("Alex", "Inspector", "the police"),
                new PanelSeat("Sam", "Tenancy manager", "Clarion Housing"),
                new PanelSeat("Jo", "Manager", "the council")), null, null, null, true, true, FINDINGS));
        reviews.addRecommendation(id, applications.reload(application).getVersion(), Agency.HOUSING_PROVIDER,
                "Clarion Housing", null, "Visit the neighbour with the police.");
        return applications.reload(application);
    }

    static void open(Application application) {
        UI.getCurrent().navigate("cases/" + application.getId() + "/messages");
    }

    @SuppressWarnings("unchecked")
    static Select<Preview> choice() {
        return _get(Select.class, spec -> spec.withId("message-choice"));
    }

    @SuppressWarnings("unchecked")
    static Grid<MessageSummary> history() {
        return _get(Grid.class, spec -> spec.withId("message-history"));
    }

    static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    @Test
    void an_officer_reads_the_outcome_e_mail_and_letter_before_it_is_sent() {
        signIn("officer", Roles.CASE_OFFICER);
        Application application = reviewHeld("tonbridge-malling", "morgan@example.org");

        open(application);

        assertThat(text("messages-reference")).isEqualTo("Messages for " + application.getReference());
        assertThat(choice().getValue().key()).isEqualTo("outcome");
        assertThat(choice().getListDataView().getItems().map(Preview::key).toList())
                .contains("acknowledgement", "decision", "outcome").anyMatch(k -> k.startsWith("recommendation-"));
        assertThat(text("preview-facts")).contains("morgan@example.org", "E-mail", "Goes when the outcome is sent",
                application.getReference());
        assertThat(_get(IFrame.class, spec -> spec.withId("message-email")).getSrcdoc()).hasValueSatisfying(html ->
                assertThat(html).contains(FINDINGS, "Tonbridge and Malling", "Clarion Housing"));
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-text")));
        assertThat(_get(Pre.class, spec -> spec.withId("message-text")).getText()).contains(FINDINGS);

        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-letter")));

        Div letter = _get(Div.class, spec -> spec.withId("message-letter"));
        assertThat(_find(letter, Image.class)).isNotEmpty().allSatisfy(page ->
                assertThat(page.getAlt()).hasValueSatisfying(alt -> assertThat(alt).matches("Page \\d+ of \\d+ of the letter")));
        assertThat(_get(Anchor.class, spec -> spec.withId("message-letter-pdf")).getText())
                .isEqualTo("Open the letter as a PDF to print");
    }

    @Test
    void an_agency_message_that_cannot_go_says_so_and_has_no_letter() {
        signIn("officer", Roles.CASE_OFFICER);
        Application application = reviewHeld("bassetlaw", "agency-preview@example.org");
        open(application);

        Preview recommendation = choice().getListDataView().getItems()
                .filter(p -> p.key().startsWith("recommendation-")).findFirst().orElseThrow();
        choice().setValue(recommendation);

        assertThat(text("preview-facts")).contains("Clarion Housing: no e-mail address on the recommendation",
                "Not sent");
        assertThat(_find(Tab.class, spec -> spec.withId("tab-letter"))).isEmpty();
        assertThat(_get(IFrame.class, spec -> spec.withId("message-email")).getSrcdoc()).hasValueSatisfying(html ->
                assertThat(html).contains("have regard").doesNotContain("Morgan Preview"));
    }

    @Test
    void the_history_says_when_to_whom_by_which_channel_and_whether_it_went_and_opens_the_copy() {
        signIn("officer", Roles.CASE_OFFICER);
        Application application = reviewHeld("sevenoaks", "history-view@example.org");
        open(application);

        Grid<MessageSummary> grid = history();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "to")).isEqualTo("history-view@example.org");
        assertThat(_getFormatted(grid, 0, "channel")).isEqualTo("E-mail");
        assertThat(_getFormatted(grid, 0, "outcome")).isEqualTo("Not yet: waiting to be sent");

        _click((Button) _getCellComponent(grid, 0, "open"));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("sent-message"));
        assertThat(dialog.getHeaderTitle()).contains(application.getReference(), "a case review will be carried out");
        assertThat(_find(dialog, IFrame.class)).singleElement().satisfies(frame ->
                assertThat(frame.getSrcdoc()).hasValueSatisfying(html -> assertThat(html).contains("Sevenoaks")));
    }

    @Test
    void the_case_page_links_to_its_messages() {
        signIn("officer", Roles.CASE_OFFICER);
        Application application = applications.apply("test-valley", Channel.PHONE, "Lou Link", null, 4);
        UI.getCurrent().navigate("cases/" + application.getId());

        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Preview messages and open what was sent"));
        assertThat(link.getHref()).isEqualTo("cases/" + application.getId() + "/messages");
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(CaseMessagesView.class)).isNotNull();
        assertThat(choice().getValue().key()).isEqualTo("acknowledgement");
    }

    @Test
    void staff_of_another_partnership_and_agency_users_cannot_open_a_cases_messages() {
        Application application = applications.apply("sevenoaks", Channel.PHONE, "Pat Private", null, 4);
        signInFor("bassetlaw-messages", "bassetlaw", Roles.CASE_OFFICER);
        assertThatThrownBy(() -> open(application)).hasRootCauseInstanceOf(NotFoundException.class);

        signIn("agency", Roles.PARTNER_AGENCY);
        assertThatThrownBy(() -> open(application)).isInstanceOf(MockAccessDeniedException.class);
    }
}
