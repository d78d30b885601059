package org.casereview.archive;

import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.Recommendation;
import org.casereview.review.SecondStageReview;
import org.casereview.threshold.Route;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one case as they would stand after its life so far: when it was received and how, acknowledged,
 * decided, reviewed, appealed, closed. {@link ArchiveWriter} turns it into the rows the services would have written.
 * Tests build exact cases with it; {@link ArchiveGenerator} builds a realistic archive.
 */
public final class ArchiveCase {

    /** A recommendation to one agency; {@code fromAppeal} when a second-stage panel made it. */
    public record Made(Agency agency, @Nullable LocalDate issuedOn, Recommendation.@Nullable Response response,
                       @Nullable LocalDate respondedOn, boolean fromAppeal) {
    }

    /** A second-stage review (appeal). */
    public record Appeal(SecondStageReview.About about, LocalDate requestedOn, ApplicationStatus appealedFrom,
                         SecondStageReview.@Nullable Decision decision, @Nullable LocalDate decidedOn,
                         boolean reviewActivated) {
    }

    /** A delay notice: the outcome moved from {@code previousDue} to {@code newDue}. */
    public record Delay(LocalDate sentOn, LocalDate previousDue, LocalDate newDue) {
    }

    final long partnershipId;
    final Channel channel;
    final LocalDate receivedOn;
    LocalDate acknowledgementDue;
    LocalDate decisionDue;
    @Nullable LocalDate acknowledgedOn;
    @Nullable DecisionOutcome outcome;
    @Nullable Route route;
    @Nullable LocalDate decidedOn;
    @Nullable LocalDate panelHeldOn;
    @Nullable LocalDate outcomeSentOn;
    @Nullable LocalDate finalReviewDue;
    @Nullable Delay delay;
    @Nullable ApplicationStatus status;
    @Nullable ApplicationStatus statusBefore;
    @Nullable LocalDate closedOn;
    final List<Made> recommendations = new ArrayList<>();
    final List<Appeal> appeals = new ArrayList<>();
    int incidents = 3;

    /**
     * A case received on {@code receivedOn}; until told otherwise both its deadlines are that day, so a test that
     * does not care about deadlines need not set them.
     */
    public ArchiveCase(long partnershipId, Channel channel, LocalDate receivedOn) {
        this.partnershipId = partnershipId;
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.acknowledgementDue = receivedOn;
        this.decisionDue = receivedOn;
    }

    public ArchiveCase due(LocalDate acknowledgement, LocalDate decision) {
        this.acknowledgementDue = acknowledgement;
        this.decisionDue = decision;
        return this;
    }

    public ArchiveCase acknowledged(LocalDate on) {
        this.acknowledgedOn = on;
        return this;
    }

    /** The threshold decision; {@code route} as the assessment gave it (null for discretion and most not-met). */
    public ArchiveCase decided(DecisionOutcome outcome, @Nullable Route route, LocalDate on) {
        if (acknowledgedOn == null) {
            acknowledgedOn = on;
        }
        this.outcome = outcome;
        this.route = route;
        this.decidedOn = on;
        return this;
    }

    public ArchiveCase panel(LocalDate heldOn) {
        this.panelHeldOn = heldOn;
        return this;
    }

    /** The outcome went out on {@code on}: the recommendations not yet issued are issued that day. */
    public ArchiveCase outcomeSent(LocalDate on, LocalDate finalReview) {
        this.outcomeSentOn = on;
        this.finalReviewDue = finalReview;
        recommendations.replaceAll(made -> made.issuedOn() == null && !made.fromAppeal()
                ? new Made(made.agency(), on, made.response(), made.respondedOn(), false) : made);
        return this;
    }

    public ArchiveCase recommendation(Agency agency, @Nullable LocalDate issuedOn,
                                      Recommendation.@Nullable Response response, @Nullable LocalDate respondedOn) {
        recommendations.add(new Made(agency, issuedOn, response, respondedOn, false));
        return this;
    }

    public ArchiveCase appealRecommendation(Agency agency, LocalDate issuedOn) {
        recommendations.add(new Made(agency, issuedOn, null, null, true));
        return this;
    }

    public ArchiveCase appeal(Appeal appeal) {
        appeals.add(appeal);
        return this;
    }

    public ArchiveCase delayed(LocalDate sentOn, LocalDate newDue) {
        this.delay = new Delay(sentOn, decisionDue, newDue);
        return this;
    }

    /** Closed by staff, or withdrawn by the applicant, on {@code on}, from the state the facts so far give. */
    public ArchiveCase closed(ApplicationStatus closedAs, LocalDate on) {
        this.statusBefore = status();
        this.status = closedAs;
        this.closedOn = on;
        return this;
    }

    public ArchiveCase incidents(int count) {
        this.incidents = count;
        return this;
    }

    /** The state the case is in: as set by {@link #closed}, or where its facts have taken it. */
    public ApplicationStatus status() {
        if (status != null) {
            return status;
        }
        Appeal last = appeals.isEmpty() ? null : appeals.getLast();
        if (last != null && last.decision() == null) {
            return ApplicationStatus.SECOND_STAGE_REVIEW;
        }
        if (outcomeSentOn != null) {
            return ApplicationStatus.OUTCOME_SENT;
        }
        if (panelHeldOn != null) {
            return ApplicationStatus.REVIEW_HELD;
        }
        if (outcome != null) {
            boolean overturned = appeals.stream().anyMatch(Appeal::reviewActivated);
            return overturned || outcome.activatesReview() ? ApplicationStatus.REVIEW_ACTIVATED : outcome.status();
        }
        return acknowledgedOn != null ? ApplicationStatus.ACKNOWLEDGED : ApplicationStatus.RECEIVED;
    }

    public long partnershipId() {
        return partnershipId;
    }

    public Channel channel() {
        return channel;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate acknowledgementDue() {
        return acknowledgementDue;
    }

    public LocalDate decisionDue() {
        return decisionDue;
    }

    public @Nullable LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public @Nullable DecisionOutcome outcome() {
        return outcome;
    }

    public @Nullable Route route() {
        return route;
    }

    public @Nullable LocalDate decidedOn() {
        return decidedOn;
    }

    public @Nullable LocalDate panelHeldOn() {
        return panelHeldOn;
    }

    public @Nullable LocalDate outcomeSentOn() {
        return outcomeSentOn;
    }

    public @Nullable Delay delay() {
        return delay;
    }

    public List<Made> recommendations() {
        return List.copyOf(recommendations);
    }

    public List<Appeal> appeals() {
        return List.copyOf(appeals);
    }
}
