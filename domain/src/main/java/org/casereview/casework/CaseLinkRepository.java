package org.casereview.casework;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface CaseLinkRepository extends JpaRepository<CaseLink, Long> {

    @Query("""
            select l from CaseLink l where l.applicationId = :id or l.linkedApplicationId = :id
            order by l.linkedAt""")
    List<CaseLink> findAllFor(@Param("id") long applicationId);

    @Query("""
            select count(l) > 0 from CaseLink l
            where (l.applicationId = :a and l.linkedApplicationId = :b)
               or (l.applicationId = :b and l.linkedApplicationId = :a)""")
    boolean existsBetween(@Param("a") long a, @Param("b") long b);
}
