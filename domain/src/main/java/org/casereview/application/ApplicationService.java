package org.casereview.application;

import org.casereview.DomainConfiguration;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.history.CaseHistory;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.workingdays.WorkingDayCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Service
public class ApplicationService {

    private final ApplicationRepository applications;
    private final PartnershipRepository partnerships;
    private final ReferenceNumbers referenceNumbers;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    ApplicationService(ApplicationRepository applications, PartnershipRepository partnerships,
                       ReferenceNumbers referenceNumbers, CaseHistory history, ApplicationEventPublisher events,
                       Clock clock) {
        this.applications = applications;
        this.partnerships = partnerships;
        this.referenceNumbers = referenceNumbers;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores an application, its history entry and (through the {@link ApplicationSubmitted} listeners) its
     * acknowledgement in one transaction: either all of it is kept or none of it is.
     *
     * @param actor who recorded it: "Applicant (online)" or a member of staff's username
     * @throws InvalidApplicationException with every problem found, when nothing was stored
     */
    @Transactional
    public SubmittedApplication submit(NewApplication submitted, String actor) {
        if (submitted.submissionKey() != null) {
            Optional<Application> earlier = applications.findBySubmissionKey(submitted.submissionKey());
            if (earlier.isPresent()) {
                return SubmittedApplication.of(earlier.get());
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DomainConfiguration.UK);
        List<ValidationProblem> problems = ApplicationValidator.validate(submitted, today);
        Optional<Partnership> partnership = partnerships.findByCode(submitted.partnershipCode());
        if (partnership.isEmpty()) {
            problems = new java.util.ArrayList<>(problems);
            problems.addFirst(new ValidationProblem("partnership",
                    ValidationMessages.get(java.util.Locale.UK, "partnership.required")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }

        Application application = new Application(referenceNumbers.next(today.getYear()), partnership.get(),
                submitted, now, today);
        boolean online = submitted.channel().isOnline();
        // An online application with an e-mail address is acknowledged at once by the automatic e-mail that is
        // written in this same transaction; any other (or one whose applicant did not agree to e-mail, or asked for
        // post first) is acknowledged by an officer within the policy's days.
        if (online && application.getApplicantEmail() != null
                && application.getContactChannels().contains(ContactMethod.EMAIL)
                && application.getPreferredContact() != ContactMethod.POST) {
            application.acknowledge(today);
        }
        CaseDeadlines deadlines = CaseDeadlines.forApplication(partnership.get().policy(), calendar, online, today,
                application.getAcknowledgedOn());
        application.scheduleDeadlines(deadlines.acknowledgementDue(), deadlines.decisionDue());
        applications.save(application);

        long id = java.util.Objects.requireNonNull(application.getId());
        history.record(id, actor, "RECEIVED", "Application received (" + submitted.channel().label() + ")");
        if (application.getAcknowledgedOn() != null) {
            history.record(id, "System", "ACKNOWLEDGED", "Acknowledged automatically by e-mail");
        }
        events.publishEvent(new ApplicationSubmitted(id, application.getReference()));
        return SubmittedApplication.of(application);
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
