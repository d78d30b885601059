package org.casereview.risk;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface RiskQuestionChangeRepository extends JpaRepository<RiskQuestionChange, Long> {

    @Query("""
            select c from RiskQuestionChange c where c.partnershipId = :partnershipId
            order by c.changedAt desc, c.id desc""")
    List<RiskQuestionChange> findOwn(@Param("partnershipId") long partnershipId);

    @Query("select c from RiskQuestionChange c where c.partnershipId is null order by c.changedAt desc, c.id desc")
    List<RiskQuestionChange> findShared();
}
