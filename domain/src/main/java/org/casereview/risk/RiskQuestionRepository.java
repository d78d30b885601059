package org.casereview.risk;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface RiskQuestionRepository extends JpaRepository<RiskQuestion, Long> {

    @Query("select q from RiskQuestion q where q.active = true and q.partnershipId = :partnershipId order by q.position")
    List<RiskQuestion> findOwn(@Param("partnershipId") long partnershipId);

    @Query("select q from RiskQuestion q where q.active = true and q.partnershipId is null order by q.position")
    List<RiskQuestion> findDefault();
}
