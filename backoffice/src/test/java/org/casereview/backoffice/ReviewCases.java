package org.casereview.backoffice;

import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.casework.CaseworkService;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.casereview.backoffice.Applications.today;

/**
 * Cases at each step of the review for the back office's tests, made through the services as staff would make them.
 * The caller signs in first as a case officer who may work the partnership's cases.
 */
@Component
public class ReviewCases {

    public static final List<PanelSeat> THREE_AGENCIES = List.of(
            new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
            new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
            new PanelSeat("Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council"));

    private final Applications applications;
    private final CaseworkService casework;
    private final DecisionService decisions;
    private final ReviewService reviews;

    ReviewCases(Applications applications, CaseworkService casework, DecisionService decisions,
                ReviewService reviews) {
        this.applications = applications;
        this.casework = casework;
        this.decisions = decisions;
        this.reviews = reviews;
    }

    /** Three incidents reported 40, 20 and 5 days ago in a Kent partnership, acknowledged, decided "met". */
    public Application reviewActivated(String partnership, String name) {
        return decided(partnership, name, DecisionOutcome.MET, 40, 20, 5);
    }

    /** One incident: acknowledged, decided "not met". */
    public Application notMet(String partnership, String name) {
        return decided(partnership, name, DecisionOutcome.NOT_MET, 30);
    }

    private Application decided(String partnership, String name, DecisionOutcome outcome, int... daysAgo) {
        Application application = applications.apply(partnership, Channel.PHONE, name,
                name.split(" ")[0].toLowerCase() + "@example.org", daysAgo);
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        decisions.decide(application.getId(), reload(application).getVersion(), outcome, null);
        return reload(application);
    }

    /** Met, and the panel has met today with three agencies. */
    public Application reviewHeld(String partnership, String name) {
        Application application = reviewActivated(partnership, name);
        reviews.recordPanel(application.getId(), application.getVersion(), new PanelRecord(today(), THREE_AGENCIES,
                null, null, null, true, false, "The agencies did not share what they knew."));
        return reload(application);
    }

    /** Held, with a recommendation to the police and one action; the outcome sent today. */
    public Application outcomeSent(String partnership, String name) {
        Application application = reviewHeld(partnership, name);
        reviews.addRecommendation(application.getId(), application.getVersion(), Agency.POLICE, "Kent Police", null,
                "Patrol the street on Friday nights");
        reviews.addAction(application.getId(), reload(application).getVersion(), "Joint visit to the neighbour",
                "Clarion Housing", today().plusDays(14));
        reviews.sendOutcome(application.getId(), reload(application).getVersion());
        return reload(application);
    }

    public Application reload(Application application) {
        return applications.reload(application);
    }
}
