package org.casereview.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

    Optional<PanelMeeting> findByApplicationId(long applicationId);
}
