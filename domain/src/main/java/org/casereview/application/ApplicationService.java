package org.casereview.application;

import org.casereview.DomainConfiguration;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.history.CaseHistory;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipIds;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.threshold.ThresholdWording;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

@Service
public class ApplicationService {

    private final ApplicationRepository applications;
    private final PartnershipRepository partnerships;
    private final PartnershipIds partnershipIds;
    private final ReferenceNumbers referenceNumbers;
    private final SubmissionKeys submissionKeys;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    ApplicationService(ApplicationRepository applications, PartnershipRepository partnerships,
                       PartnershipIds partnershipIds, ReferenceNumbers referenceNumbers, SubmissionKeys submissionKeys,
                       CaseHistory history, ApplicationEventPublisher events, Clock clock,
                       PlatformTransactionManager transactionManager) {
        this.applications = applications;
        this.partnerships = partnerships;
        this.partnershipIds = partnershipIds;
        this.referenceNumbers = referenceNumbers;
        this.submissionKeys = submissionKeys;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        reading.setReadOnly(true);
    }

    /**
     * Stores an application, its history entry and (through the {@link ApplicationSubmitted} listeners) its
     * acknowledgement in one transaction: either all of it is kept or none of it is. Its reference is taken just
     * before that transaction ({@link ReferenceNumbers}), once the checks have passed.
     *
     * @param actor who recorded it: "Applicant (online)" or a member of staff's username
     * @throws InvalidApplicationException with every problem found, when nothing was stored
     */
    public SubmittedApplication submit(NewApplication submitted, String actor) {
        return store(submitted, null, actor, Locale.UK);
    }

    /**
     * Stores an application a member of staff took down (by phone, from a letter or an e-mail, or forwarded by an
     * agency), received on the day {@code receipt} says: its deadlines, and the threshold's periods, run from that
     * day. It waits to be acknowledged by an officer. The messages speak of "the applicant"
     * ({@link ValidationMessages#STAFF}).
     *
     * @param actor the member of staff, as the case history names them
     * @throws InvalidApplicationException with every problem found, when nothing was stored
     */
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public SubmittedApplication record(NewApplication submitted, Receipt receipt, String actor) {
        return store(submitted, receipt, actor, ValidationMessages.STAFF);
    }

    private SubmittedApplication store(NewApplication submitted, @Nullable Receipt receipt, String actor,
                                       Locale locale) {
        String key = submitted.submissionKey();
        if (key != null) {
            OptionalLong earlier = submissionKeys.applicationWith(key);
            if (earlier.isPresent()) {
                return stored(earlier.getAsLong());
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DomainConfiguration.UK);
        OptionalLong partnershipId = partnershipIds.of(submitted.partnershipCode());
        List<ValidationProblem> problems = problems(submitted, partnershipId.isPresent(), receipt, today, locale);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        String reference = referenceNumbers.next(today.getYear());
        try {
            return Objects.requireNonNull(transactions.execute(status -> insert(submitted, receipt, actor,
                    partnershipId.getAsLong(), reference, now, today)));
        } catch (DataIntegrityViolationException e) {
            // The same form sent twice at the same moment: the other one was stored, and is the answer to both.
            OptionalLong earlier = key == null ? OptionalLong.empty() : submissionKeys.applicationWith(key);
            if (earlier.isPresent()) {
                return stored(earlier.getAsLong());
            }
            throw e;
        }
    }

    private SubmittedApplication insert(NewApplication submitted, @Nullable Receipt receipt, String actor,
                                        long partnershipId, String reference, Instant now, LocalDate today) {
        Partnership partnership = partnerships.findById(partnershipId).orElseThrow();
        // Recorded by staff: received on the day it arrived, which may be before today.
        LocalDate receivedOn = receipt == null ? today : Objects.requireNonNull(receipt.receivedOn());
        Instant receivedAt = receivedOn.equals(today) ? now : receivedOn.atStartOfDay(DomainConfiguration.UK)
                .toInstant();
        Application application = new Application(reference, partnership, submitted, receivedAt, receivedOn);
        if (receipt != null) {
            application.recordedBy(actor, now, receipt);
        }
        boolean online = submitted.channel().isOnline();
        // An online application with an e-mail address is acknowledged at once by the automatic e-mail that is
        // written in this same transaction; any other (or one whose applicant did not agree to e-mail, or asked for
        // post first) is acknowledged by an officer within the policy's days.
        if (online && application.getApplicantEmail() != null
                && application.getContactChannels().contains(ContactMethod.EMAIL)
                && application.getPreferredContact() != ContactMethod.POST) {
            application.acknowledge(today);
        }
        CaseDeadlines deadlines = CaseDeadlines.forApplication(partnership.policy(), calendar, online,
                receivedOn, application.getAcknowledgedOn());
        application.scheduleDeadlines(deadlines.acknowledgementDue(), deadlines.decisionDue());
        applications.save(application);

        long id = Objects.requireNonNull(application.getId());
        history.record(id, actor, "RECEIVED", "Application received (" + submitted.channel().label() + ")"
                + (receipt == null ? "" : receivedLine(application, actor)));
        if (application.getAcknowledgedOn() != null) {
            history.record(id, "System", "ACKNOWLEDGED", "Acknowledged automatically by e-mail");
        }
        events.publishEvent(new ApplicationSubmitted(id, application.getReference()));
        return SubmittedApplication.of(application);
    }

    /** An application stored earlier, as its applicant was told of it. */
    private SubmittedApplication stored(long id) {
        return Objects.requireNonNull(reading.execute(status ->
                SubmittedApplication.of(applications.findById(id).orElseThrow())));
    }

    /**
     * What {@link #record} would refuse, without storing anything: for a form that cannot send the application yet
     * (an answer it needs is missing) but can still show every other problem at once.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
    public List<ValidationProblem> check(NewApplication submitted, Receipt receipt) {
        return problems(submitted, partnershipIds.of(submitted.partnershipCode()).isPresent(), receipt,
                LocalDate.now(clock.withZone(DomainConfiguration.UK)), ValidationMessages.STAFF);
    }

    private static List<ValidationProblem> problems(NewApplication submitted, boolean partnershipExists,
                                                    @Nullable Receipt receipt, LocalDate today, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (!partnershipExists) {
            problems.add(new ValidationProblem("partnership", ValidationMessages.get(locale, "partnership.required")));
        }
        if (receipt != null) {
            problems.addAll(ApplicationValidator.validateReceipt(submitted.channel(), receipt, submitted.incidents(),
                    today, locale));
        }
        problems.addAll(ApplicationValidator.validate(submitted, today, locale));
        return problems;
    }

    /** " on 2 March 2026, forwarded by Police; recorded by Dana Okafor (dokafor)". */
    private static String receivedLine(Application application, String actor) {
        String forwarded = application.forwardedByLabel();
        return " on " + ThresholdWording.date(application.getReceivedOn())
                + (forwarded == null ? "" : ", forwarded by " + forwarded) + "; recorded by " + actor;
    }

    /** A case with everything the applicant told us, ready to read outside the transaction. */
    @Transactional(readOnly = true)
    public Optional<Application> details(long id) {
        return applications.findWithIncidentsById(id).map(ApplicationService::withGroupMembers);
    }

    @Transactional(readOnly = true)
    public Optional<Application> byReference(String reference) {
        return applications.findWithIncidentsByReference(reference).map(ApplicationService::withGroupMembers);
    }

    /** The members are a second list, so they are loaded by a query of their own, not joined with the incidents. */
    private static Application withGroupMembers(Application application) {
        application.getGroupMembers().size();
        return application;
    }
}
