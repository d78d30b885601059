package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.review.InformationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.notifications.ReviewJourney.today;
import static org.casereview.notifications.ReviewMessagesDeliveryTest.normalised;
import static org.casereview.notifications.ReviewMessagesDeliveryTest.pdfText;
import static org.casereview.threshold.ThresholdWording.date;

/** Staff read each message a case will be sent, exactly as it will go, and every message it has had. */
@SpringBootTest
class MessagePreviewsTest {

    @Autowired
    MessagePreviews previews;
    @Autowired
    ReviewJourney journey;
    @Autowired
    OutboxRepository outbox;

    @AfterEach
    void signOut() {
        ReviewJourney.signOut();
    }

    static MessagePreviews.Preview preview(List<MessagePreviews.Preview> all, String key) {
        return all.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("No preview " + key + " in " + all.stream().map(MessagePreviews.Preview::key)
                        .toList()));
    }

    @Test
    void the_outcome_previewed_before_it_is_sent_is_exactly_what_is_sent() {
        Application application = journey.reviewActivated("bassetlaw", "preview@example.org", ReviewJourney.ADDRESS);
        journey.reviewHeld(application, "landlord.preview@example.org");

        List<MessagePreviews.Preview> before = previews.forCase(application.getId());

        assertThat(before).extracting(MessagePreviews.Preview::key)
                .contains("acknowledgement", "decision", "outcome").anyMatch(key -> key.startsWith("recommendation-"));
        MessagePreviews.Preview outcome = preview(before, "outcome");
        assertThat(outcome.when()).isEqualTo("Goes when the outcome is sent");
        assertThat(outcome.to()).isEqualTo("preview@example.org");
        assertThat(outcome.channel()).isEqualTo(OutboxMessage.Channel.EMAIL);
        assertThat(outcome.hasLetter()).isTrue();
        assertThat(outcome.html()).contains(ReviewJourney.FINDINGS, ReviewJourney.RECOMMENDATION, "Bassetlaw");
        MessagePreviews.Preview recommendation = before.stream().filter(p -> p.key().startsWith("recommendation-"))
                .findFirst().orElseThrow();
        assertThat(recommendation.audience()).isEqualTo(MessagePreviews.Audience.AGENCY);
        assertThat(recommendation.to()).isEqualTo("Clarion Housing <landlord.preview@example.org>");
        assertThat(recommendation.hasLetter()).isFalse();

        journey.sendOutcome(application);

        List<OutboxMessage> sent = outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId());
        assertThat(sent).filteredOn(m -> m.getTemplate().equals(MessageContent.OUTCOME)).singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).isEqualTo(outcome.subject());
                    assertThat(m.getBodyHtml()).isEqualTo(outcome.html());
                    assertThat(m.getBodyText()).isEqualTo(outcome.text());
                });
        assertThat(sent).filteredOn(m -> m.getTemplate().equals(MessageContent.RECOMMENDATION)).singleElement()
                .satisfies(m -> assertThat(m.getBodyText()).isEqualTo(recommendation.text()));
        assertThat(preview(previews.forCase(application.getId()), "outcome").when())
                .isEqualTo("Sent " + date(today()));
    }

    @Test
    void the_letter_preview_is_the_printed_letter_with_the_applicants_address() throws Exception {
        Application application = journey.reviewActivated("newark-sherwood", null, ReviewJourney.ADDRESS);
        journey.reviewHeld(application, null);

        MessagePreviews.Preview outcome = preview(previews.forCase(application.getId()), "outcome");
        assertThat(outcome.channel()).isEqualTo(OutboxMessage.Channel.LETTER);
        assertThat(outcome.to()).isEqualTo(ReviewJourney.APPLICANT + ", " + ReviewJourney.ADDRESS + ", "
                + ReviewJourney.POSTCODE);
        byte[] pdf = previews.letter(application.getId(), "outcome");

        assertThat(normalised(pdfText(pdf))).contains(ReviewJourney.APPLICANT, ReviewJourney.ADDRESS,
                ReviewJourney.POSTCODE, "Castle House", ReviewJourney.FINDINGS, application.getReference());
        assertThat(previews.pages(pdf)).isNotEmpty().allSatisfy(png ->
                assertThat(new String(png, 1, 3)).isEqualTo("PNG"));
    }

    @Test
    void an_agency_with_no_address_and_a_reminder_still_to_come_say_so() {
        Application application = journey.reviewActivated("sevenoaks", "agencies@example.org", ReviewJourney.ADDRESS);
        InformationRequest noAddress = journey.requestInformation(application, "Community health team", null,
                today().plusDays(10));
        InformationRequest police = journey.requestInformation(application, "Neighbourhood policing team",
                "police.preview@example.org", today().plusDays(10));

        List<MessagePreviews.Preview> all = previews.forCase(application.getId());

        MessagePreviews.Preview request = preview(all, "request-" + noAddress.getId());
        assertThat(request.channel()).isNull();
        assertThat(request.to()).isEqualTo("Community health team: no e-mail address on the request, so it is not "
                + "sent");
        assertThat(preview(all, "reminder-" + police.getId()).when())
                .isEqualTo("Goes " + date(today().plusDays(7)) + " if not answered by then");
        assertThat(preview(all, "reminder-" + police.getId()).text()).contains("This is a reminder")
                .doesNotContain(ReviewJourney.APPLICANT);
    }

    @Test
    void the_history_shows_each_message_and_opens_the_copy_that_was_stored() {
        Application application = journey.reviewActivated("test-valley", "history@example.org",
                ReviewJourney.ADDRESS);

        List<CaseMessages.MessageSummary> history =
                previews.history(application.getId());

        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("history@example.org");
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.EMAIL);
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(previews.sent(application.getId(), m.id()).html()).contains(application.getReference());
        });
    }

    @Test
    void staff_of_another_partnership_cannot_preview_or_read_a_cases_messages() {
        Application application = journey.reviewActivated("tonbridge-malling", "scope@example.org",
                ReviewJourney.ADDRESS);
        long messageId = previews.history(application.getId()).getFirst().id();
        Application other = journey.reviewActivated("folkestone-hythe", "other@example.org", ReviewJourney.ADDRESS);
        assertThatThrownBy(() -> previews.sent(other.getId(), messageId))
                .isInstanceOf(java.util.NoSuchElementException.class);

        journey.signIn("sevenoaks");
        long id = application.getId();
        assertThatThrownBy(() -> previews.forCase(id)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> previews.letter(id, "acknowledgement")).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> previews.history(id)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> previews.sent(id, messageId)).isInstanceOf(CaseNotFoundException.class);

        ReviewJourney.signOut();
        assertThatThrownBy(() -> previews.forCase(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void agency_users_cannot_preview_messages() {
        Application application = journey.reviewActivated("bassetlaw", "agency@example.org", ReviewJourney.ADDRESS);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "agency-user", null, List.of(new SimpleGrantedAuthority("ROLE_PARTNER_AGENCY"))));
        assertThatThrownBy(() -> previews.forCase(application.getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
