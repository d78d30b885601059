package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.review.InformationRequestRepository;
import org.casereview.review.RecommendationRepository;
import org.casereview.review.ReviewEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an agency what is asked of it, in the transaction that recorded it: a request for its case details with the
 * day to answer by, and each recommendation issued to it. Sent to the e-mail address given with the request or the
 * recommendation; with none, nothing is sent and the case's history says so.
 */
@Component
class AgencyMessages {

    private final ApplicationRepository applications;
    private final InformationRequestRepository requests;
    private final RecommendationRepository recommendations;
    private final MessageContent content;
    private final CaseMail mail;

    AgencyMessages(ApplicationRepository applications, InformationRequestRepository requests,
                   RecommendationRepository recommendations, MessageContent content, CaseMail mail) {
        this.applications = applications;
        this.requests = requests;
        this.recommendations = recommendations;
        this.content = content;
        this.mail = mail;
    }

    @EventListener
    void on(ReviewEvents.InformationRequested event) {
        Application application = applications.findById(event.applicationId()).orElseThrow();
        mail.send(application, content.informationRequested(application,
                requests.findById(event.requestId()).orElseThrow()));
    }

    @EventListener
    void on(ReviewEvents.RecommendationIssued event) {
        Application application = applications.findById(event.applicationId()).orElseThrow();
        mail.send(application, content.recommendationIssued(application,
                recommendations.findById(event.recommendationId()).orElseThrow()));
    }
}
