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
            problems.addFirst(new ValidationProblem("partnership", "Select your council area"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }

        Application application = new Application(referenceNumbers.next(today.getYear()), partnership.get(),
                submitted, now, today);
        boolean online = submitted.channel().isOnline();
        // An online application with an e-mail address is acknowledged at once by the automatic e-mail that is
        // written in this same transaction; any other (or one whose applicant asked for post) is acknowledged by an
        // officer within the policy's days.
        if (online && application.getApplicantEmail() != null
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

    @Transactional(readOnly = true)
    public Optional<Application> details(long id) {
        return applications.findWithIncidentsById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Application> byReference(String reference) {
        return applications.findWithIncidentsByReference(reference);
    }
}
