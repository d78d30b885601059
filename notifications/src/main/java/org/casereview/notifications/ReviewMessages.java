package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.review.DelayNoticeRepository;
import org.casereview.review.FinalReviewRepository;
import org.casereview.review.ReviewEvents;
import org.casereview.review.SecondStageReviewRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant each step of the case review, in the transaction that recorded it, by e-mail or by a letter in
 * the print queue as they asked: the outcome (notification d), a delay notice, the final review, the second-stage
 * review received and decided, and a withdrawal or closure.
 */
@Component
class ReviewMessages {

    private final ApplicationRepository applications;
    private final DelayNoticeRepository delays;
    private final FinalReviewRepository finalReviews;
    private final SecondStageReviewRepository secondStages;
    private final MessageContent content;
    private final CaseMail mail;

    ReviewMessages(ApplicationRepository applications, DelayNoticeRepository delays,
                   FinalReviewRepository finalReviews, SecondStageReviewRepository secondStages,
                   MessageContent content, CaseMail mail) {
        this.applications = applications;
        this.delays = delays;
        this.finalReviews = finalReviews;
        this.secondStages = secondStages;
        this.content = content;
        this.mail = mail;
    }

    @EventListener
    void on(ReviewEvents.OutcomeSent event) {
        Application application = application(event.applicationId());
        mail.send(application, content.outcome(application));
    }

    @EventListener
    void on(ReviewEvents.DelayNoticeSent event) {
        Application application = application(event.applicationId());
        mail.send(application, content.delayNotice(application, delays.findById(event.noticeId()).orElseThrow()));
    }

    @EventListener
    void on(ReviewEvents.FinalReviewRecorded event) {
        Application application = application(event.applicationId());
        mail.send(application, content.finalReview(application,
                finalReviews.findById(event.finalReviewId()).orElseThrow()));
    }

    @EventListener
    void on(ReviewEvents.SecondStageRequested event) {
        Application application = application(event.applicationId());
        mail.send(application, content.secondStageReceived(application,
                secondStages.findById(event.secondStageId()).orElseThrow()));
    }

    @EventListener
    void on(ReviewEvents.SecondStageDecided event) {
        Application application = application(event.applicationId());
        mail.send(application, content.secondStageDecided(application,
                secondStages.findById(event.secondStageId()).orElseThrow()));
    }

    @EventListener
    void on(ReviewEvents.CaseClosed event) {
        Application application = application(event.applicationId());
        mail.send(application, content.closed(application));
    }

    private Application application(long id) {
        return applications.findWithIncidentsById(id).orElseThrow();
    }
}
