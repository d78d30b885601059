package org.casereview.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The review panel's meeting on a case: when, who, the peer review if any, the victim's part, and the findings. */
@Entity
public class PanelMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    private LocalDate heldOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_meeting_member", joinColumns = @JoinColumn(name = "panel_meeting_id"))
    @OrderColumn(name = "position")
    private List<PanelSeat> members = new ArrayList<>();
    private @Nullable String independentChair;
    private @Nullable String peerReviewBy;
    private @Nullable String peerReviewComments;
    private boolean victimConsulted;
    private boolean victimInvited;
    private String findings;
    /** The agencies that had not answered by their due day when the panel was recorded. */
    private @Nullable String agenciesNotAnswering;
    private String recordedBy;
    private Instant recordedAt;

    protected PanelMeeting() {
    }

    PanelMeeting(long applicationId) {
        this.applicationId = applicationId;
    }

    void record(PanelRecord panel, @Nullable String agenciesNotAnswering, String by, Instant at) {
        this.heldOn = panel.heldOn();
        this.members = new ArrayList<>(panel.members());
        this.independentChair = panel.independentChair();
        this.peerReviewBy = panel.peerReviewBy();
        this.peerReviewComments = panel.peerReviewComments();
        this.victimConsulted = panel.victimConsulted();
        this.victimInvited = panel.victimInvited();
        this.findings = panel.findings();
        this.agenciesNotAnswering = agenciesNotAnswering;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public List<PanelSeat> getMembers() {
        return List.copyOf(members);
    }

    public @Nullable String getIndependentChair() {
        return independentChair;
    }

    public @Nullable String getPeerReviewBy() {
        return peerReviewBy;
    }

    public @Nullable String getPeerReviewComments() {
        return peerReviewComments;
    }

    public boolean isVictimConsulted() {
        return victimConsulted;
    }

    public boolean isVictimInvited() {
        return victimInvited;
    }

    public String getFindings() {
        return findings;
    }

    public @Nullable String getAgenciesNotAnswering() {
        return agenciesNotAnswering;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
