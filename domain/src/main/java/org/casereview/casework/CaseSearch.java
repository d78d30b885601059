package org.casereview.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.RiskLevel;
import org.casereview.staff.StaffMember;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case list and work queue queries: one page at a time from the database, always narrowed to what the member of
 * staff may see. The query is built from fixed pieces; everything typed is a bound parameter.
 */
@Component
class CaseSearch {

    private static final String FROM = """
             from Application a join a.partnership p left join StaffAccount s on s.id = a.assignedOfficerId""";

    /** The next step's due day: acknowledgement until it is done, then the decision. */
    private static final String NEXT_DUE = "case when a.status = org.casereview.application.ApplicationStatus.RECEIVED"
            + " then a.acknowledgementDue else a.decisionDue end";

    /** Sortable columns: the names the screens use, and what they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "a.reference",
            "receivedAt", "a.receivedAt",
            "partnership", "p.name",
            "applicantName", "a.applicantName",
            "status", "a.status",
            "acknowledgementDue", "a.acknowledgementDue",
            "decisionDue", "a.decisionDue",
            "riskLevel", "a.riskLevel",
            "officer", "s.displayName",
            "nextDue", NEXT_DUE);

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    CaseSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<CaseRow> page(StaffMember staff, CaseFilter filter, @Nullable WorkQueue queue, LocalDate today,
                       Pageable pageable) {
        Where where = where(staff, filter, queue, today);
        String order = orderBy(pageable.getSort(), queue);
        TypedQuery<Object[]> query = entityManager.createQuery("""
                select a.id, a.reference, p.name, a.applicantName, a.channel, a.status, a.receivedAt,
                       a.acknowledgedOn, a.acknowledgementDue, a.decidedOn, a.decisionDue, a.riskLevel, s.displayName
                """ + FROM + where.jpql + order, Object[].class);
        where.parameters.forEach(query::setParameter);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset());
            query.setMaxResults(pageable.getPageSize());
        }
        List<CaseRow> rows = query.getResultList().stream().map(row -> toRow(row, today)).toList();
        return new PageImpl<>(rows, pageable, count(where));
    }

    long count(StaffMember staff, CaseFilter filter, @Nullable WorkQueue queue, LocalDate today) {
        return count(where(staff, filter, queue, today));
    }

    private long count(Where where) {
        TypedQuery<Long> query = entityManager.createQuery("select count(a)" + FROM + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private CaseRow toRow(Object[] row, LocalDate today) {
        ApplicationStatus status = (ApplicationStatus) row[5];
        LocalDate acknowledgementDue = (LocalDate) row[8];
        LocalDate decisionDue = (LocalDate) row[10];
        CaseClock clock = CaseClock.next(status, (LocalDate) row[7], acknowledgementDue, (LocalDate) row[9],
                decisionDue, today, calendar);
        return new CaseRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Channel) row[4], status,
                (Instant) row[6], acknowledgementDue, decisionDue, (RiskLevel) row[11], (String) row[12], clock);
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private static Where where(StaffMember staff, CaseFilter filter, @Nullable WorkQueue queue, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        // Who may see what: the same rule as CaseAccess.maySee, as a query.
        if (!staff.worksCases() && !staff.seesReviewsOnly()) {
            conditions.add("1 = 0");
        }
        if (staff.partnershipId() != null) {
            conditions.add("p.id = :scopePartnership");
            parameters.put("scopePartnership", staff.partnershipId());
        }
        if (staff.seesReviewsOnly()) {
            conditions.add("a.status in :reviewStatuses");
            parameters.put("reviewStatuses", CaseAccess.REVIEW_STATUSES);
        }

        if (filter.partnershipId() != null) {
            conditions.add("p.id = :partnershipId");
            parameters.put("partnershipId", filter.partnershipId());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("a.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.unassigned()) {
            conditions.add("a.assignedOfficerId is null");
        } else if (filter.officerId() != null) {
            conditions.add("a.assignedOfficerId = :officerId");
            parameters.put("officerId", filter.officerId());
        }
        if (filter.channel() != null) {
            conditions.add("a.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.decisionDueFrom() != null) {
            conditions.add("a.decisionDue >= :dueFrom");
            parameters.put("dueFrom", filter.decisionDueFrom());
        }
        if (filter.decisionDueTo() != null) {
            conditions.add("a.decisionDue <= :dueTo");
            parameters.put("dueTo", filter.decisionDueTo());
        }
        String search = filter.search() == null ? "" : filter.search().strip();
        if (!search.isEmpty()) {
            String like = "%" + escapeLike(search) + "%";
            String compact = search.replaceAll("[\\s()\\-.]", "");
            StringBuilder anyOf = new StringBuilder("""
                    (a.reference like :like escape '!' or a.applicantName like :like escape '!'
                     or a.applicantEmail like :like escape '!'
                     or exists (select 1 from Incident i where i.application = a
                                and i.agencyReference like :like escape '!')""");
            parameters.put("like", like);
            if (!compact.isEmpty()) {
                // Postcodes are stored as "TN9 1AA" and phone numbers as typed: compare both without spaces.
                anyOf.append("""
                         or replace(a.applicantPostcode, ' ', '') like :compact escape '!'
                         or replace(replace(replace(replace(a.applicantPhone, ' ', ''), '-', ''), '(', ''), ')', '')
                            like :compact escape '!'""");
                parameters.put("compact", "%" + escapeLike(compact) + "%");
            }
            anyOf.append(')');
            conditions.add(anyOf.toString());
        }

        if (queue != null) {
            switch (queue) {
                case TO_ACKNOWLEDGE -> {
                    conditions.add("a.status = :received and a.acknowledgedOn is null");
                    parameters.put("received", ApplicationStatus.RECEIVED);
                }
                case DECISIONS_DUE -> {
                    conditions.add("a.status = :acknowledged and a.decidedOn is null");
                    parameters.put("acknowledged", ApplicationStatus.ACKNOWLEDGED);
                }
                case OVERDUE -> {
                    conditions.add("((a.status = :received and a.acknowledgementDue < :today)"
                            + " or (a.status in (:received, :acknowledged) and a.decisionDue < :today))");
                    parameters.put("received", ApplicationStatus.RECEIVED);
                    parameters.put("acknowledged", ApplicationStatus.ACKNOWLEDGED);
                    parameters.put("today", today);
                }
                case MINE -> {
                    conditions.add("a.assignedOfficerId = :me and a.status in :open");
                    parameters.put("me", staff.id());
                    parameters.put("open", Set.of(ApplicationStatus.RECEIVED, ApplicationStatus.ACKNOWLEDGED,
                            ApplicationStatus.REVIEW_ACTIVATED, ApplicationStatus.OUTCOME_SENT));
                }
            }
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private static String orderBy(Sort sort, @Nullable WorkQueue queue) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String expression = SORTABLE.get(order.getProperty());
            if (expression != null) {
                parts.add(expression + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (parts.isEmpty()) {
            parts.add(queue == null ? "a.receivedAt desc" : NEXT_DUE + " asc");
        }
        parts.add("a.id desc");
        return " order by " + String.join(", ", parts);
    }

    /** "!" escapes: a backslash means different things to HQL and to MariaDB string literals. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
