package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationStatus;
import org.casereview.history.CaseHistory;
import org.casereview.review.InformationRequest;
import org.casereview.review.InformationRequestRepository;
import org.casereview.threshold.ThresholdWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reminds an agency of an unanswered information request {@code casereview.reminders.days-before-due} days before it
 * is due (not on the day it was asked). Every instance of every application runs this job; a reminder goes once
 * because each request is claimed by a conditional update (reminded only if not reminded yet) in the transaction
 * that writes the reminder to the outbox: of two servers at once, one claims it and the other finds it taken.
 */
@Component
public class AgencyReminders {

    private static final Logger log = LoggerFactory.getLogger(AgencyReminders.class);
    /** Once the panel has met, the agencies that have not answered are in its findings: no more reminders. */
    private static final Set<ApplicationStatus> AWAITING_INFORMATION = EnumSet.of(ApplicationStatus.REVIEW_ACTIVATED);

    private final InformationRequestRepository requests;
    private final ApplicationRepository applications;
    private final MessageContent content;
    private final CaseMail mail;
    private final CaseHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int daysBeforeDue;

    AgencyReminders(InformationRequestRepository requests, ApplicationRepository applications,
                    MessageContent content, CaseMail mail, CaseHistory history, TransactionTemplate transactions,
                    Clock clock, @Value("${casereview.reminders.days-before-due:3}") int daysBeforeDue) {
        if (daysBeforeDue < 0) {
            throw new IllegalArgumentException("casereview.reminders.days-before-due cannot be negative");
        }
        this.requests = requests;
        this.applications = applications;
        this.content = content;
        this.mail = mail;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
        this.daysBeforeDue = daysBeforeDue;
    }

    @Scheduled(fixedDelayString = "${casereview.reminders.interval:1h}",
            initialDelayString = "${casereview.reminders.initial-delay:1m}")
    public void scheduled() {
        try {
            remindDue();
        } catch (RuntimeException e) {
            // The next run tries again: a database that is away for a moment must not stop the schedule.
            log.warn("Agency reminders not sent this time: {}", e.toString());
        }
    }

    /** @return how many requests this run claimed (reminded, or noted as having no address) */
    public int remindDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
        List<Long> due = requests.dueForReminder(today, today.plusDays(daysBeforeDue), AWAITING_INFORMATION);
        int claimed = 0;
        for (long id : due) {
            if (Boolean.TRUE.equals(transactions.execute(status -> remind(id, today)))) {
                claimed++;
            }
        }
        return claimed;
    }

    /** The day the reminder goes if the request is still unanswered then: never on the day it was asked. */
    LocalDate remindsOn(InformationRequest request) {
        LocalDate first = request.getDueOn().minusDays(daysBeforeDue);
        LocalDate dayAfterAsking = request.getRequestedOn().plusDays(1);
        LocalDate today = LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
        LocalDate earliest = first.isAfter(dayAfterAsking) ? first : dayAfterAsking;
        return earliest.isBefore(today) ? today : earliest;
    }

    private boolean remind(long requestId, LocalDate today) {
        if (requests.markReminded(requestId, today) == 0) {
            return false;
        }
        InformationRequest request = requests.findById(requestId).orElseThrow();
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        if (mail.send(application, content.reminder(application, request)).isPresent()) {
            history.record(application.getId(), CaseMail.ACTOR, "REMINDER_SENT", "Reminder e-mailed to "
                    + request.getAgencyName() + ": information due " + ThresholdWording.date(request.getDueOn()));
            log.info("Reminder for information request {} written to the outbox", requestId);
        }
        return true;
    }
}
