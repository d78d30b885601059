package org.casereview.review;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member of staff records about the review panel's meeting.
 *
 * @param members who sat, in what role, for which agency: at least three agencies must be represented
 * @param independentChair the independent chair's name, if there was one
 * @param peerReviewBy the neighbouring partnership that peer-reviewed the case, if any
 * @param peerReviewComments the peer reviewer's comments
 * @param victimConsulted whether the victim was consulted on the action plan
 * @param victimInvited whether the victim was invited to the meeting
 * @param findings what the panel found
 */
public record PanelRecord(
        LocalDate heldOn,
        List<PanelSeat> members,
        @Nullable String independentChair,
        @Nullable String peerReviewBy,
        @Nullable String peerReviewComments,
        boolean victimConsulted,
        boolean victimInvited,
        String findings) {
}
