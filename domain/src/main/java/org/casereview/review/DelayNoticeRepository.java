package org.casereview.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DelayNoticeRepository extends JpaRepository<DelayNotice, Long> {

    List<DelayNotice> findByApplicationIdOrderBySentOnAscIdAsc(long applicationId);
}
