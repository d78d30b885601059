package org.casereview.backoffice.messages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.CaseMessages.MessageSummary;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PrintQueueViewTest extends KaribuTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    Outbox outbox;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    TransactionTemplate transactions;

    @SuppressWarnings("unchecked")
    static Grid<MessageSummary> letters() {
        return _get(Grid.class, spec -> spec.withId("letters"));
    }

    @Test
    void an_officer_posts_a_waiting_letter_and_it_leaves_the_queue() {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        String reference = applications.submit(new NewApplication("newark-sherwood", Channel.ONLINE,
                ApplicantType.VICTIM, new NewApplication.Applicant("Lee Letter", "3 Castle Gate", "NG24 1BY", null, null),
                ContactMethod.POST, true, List.of(new NewApplication.NewIncident(today.minusDays(2), today.minusDays(2),
                        Agency.COUNCIL, null, null, "Dog fouling")), null), "Applicant (online)").reference();
        Application application = applications.byReference(reference).orElseThrow();
        long letterId = transactions.execute(status -> outbox.toApplicant(application, "application-received",
                "Your application " + reference, Map.of()).orElseThrow().getId());
        signIn("officer", Roles.CASE_OFFICER);

        UI.getCurrent().navigate(PrintQueueView.class);

        List<MessageSummary> waiting = _findAll(letters());
        int row = waiting.stream().map(MessageSummary::id).toList().indexOf(letterId);
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(letters(), row, "posted"));

        assertThat(_findAll(letters())).extracting(MessageSummary::id).doesNotContain(letterId);
        assertThat(caseMessages.of(application.getId())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.POSTED));
    }
}
