package org.casereview.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.casereview.application.ApplicationStatus;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A second-stage review (appeal): the applicant's request and the independent panel's decision. */
@Entity
public class SecondStageReview {

    /** What the applicant is unhappy with. */
    public enum About {
        HANDLING("How the application was handled"),
        OUTCOME("The outcome");

        private final String label;

        About(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the request reached us. */
    public enum Via {
        PORTAL("Online"),
        STAFF("Recorded by staff");

        private final String label;

        Via(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision {
        UPHELD("Upheld"),
        PARTLY_UPHELD("Partly upheld"),
        NOT_UPHELD("Not upheld");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    @Enumerated(EnumType.STRING)
    private About about;
    private String reasons;
    private LocalDate requestedOn;
    @Enumerated(EnumType.STRING)
    private Via requestedVia;
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus appealedFrom;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "second_stage_panel_member", joinColumns = @JoinColumn(name = "second_stage_id"))
    @OrderColumn(name = "position")
    private List<PanelSeat> panel = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private @Nullable Decision decision;
    private @Nullable String decisionReasons;
    private @Nullable LocalDate decidedOn;
    private @Nullable String decidedBy;
    /** The decision overturned a not-met or excluded threshold decision and started a case review. */
    private boolean reviewActivated;
    @Version
    private long version;

    protected SecondStageReview() {
    }

    SecondStageReview(long applicationId, About about, String reasons, LocalDate requestedOn, Via via,
                      String recordedBy, ApplicationStatus appealedFrom) {
        this.applicationId = applicationId;
        this.about = about;
        this.reasons = reasons;
        this.requestedOn = requestedOn;
        this.requestedVia = via;
        this.recordedBy = recordedBy;
        this.appealedFrom = appealedFrom;
    }

    void decide(List<PanelSeat> members, Decision result, String why, LocalDate on, String by,
                boolean startsReview) {
        this.panel = new ArrayList<>(members);
        this.reviewActivated = startsReview;
        this.decision = result;
        this.decisionReasons = why;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    /**
     * Whether upholding this appeal (wholly or partly) can start the case review: only an appeal against a threshold
     * decision that went against the applicant (not met, or excluded) can.
     */
    public boolean canActivateReview() {
        return appealedFrom == ApplicationStatus.THRESHOLD_NOT_MET || appealedFrom == ApplicationStatus.EXCLUDED;
    }

    public boolean isDecided() {
        return decision != null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public About getAbout() {
        return about;
    }

    public String getReasons() {
        return reasons;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Via getRequestedVia() {
        return requestedVia;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public ApplicationStatus getAppealedFrom() {
        return appealedFrom;
    }

    public List<PanelSeat> getPanel() {
        return List.copyOf(panel);
    }

    public @Nullable Decision getDecision() {
        return decision;
    }

    public @Nullable String getDecisionReasons() {
        return decisionReasons;
    }

    public @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public boolean isReviewActivated() {
        return reviewActivated;
    }
}
