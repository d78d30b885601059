package org.casereview.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.RiskLevel;
import org.casereview.deadlines.CaseDeadlines;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case list and work queue queries: one page at a time from the database, always narrowed to what the member of
 * staff may see. The query is built from fixed pieces; everything typed is a bound parameter.
 */
@Component
class CaseSearch {

    /**
     * No join with the partnership: the planner would read the cases partnership by partnership and sort them all,
     * where a list should read its first page in order from an index. The partnership's name and its working days
     * are looked up for the rows of the page only.
     */
    private static final String FROM = " from Application a";
    /** The officer's name, for the page's rows and the sort by officer; counting needs no join. */
    private static final String OFFICER = " left join StaffAccount s on s.id = a.assignedOfficerId";

    private static final String PARTNERSHIP = "(select p.%s from Partnership p where p.id = a.partnership.id)";

    private static final String STATUS = "org.casereview.application.ApplicationStatus.";

    /** When the second-stage review waiting for a decision was asked for (an index on application_id finds it). */
    private static final String SECOND_STAGE_REQUESTED = "(select min(r.requestedOn) from SecondStageReview r"
            + " where r.applicationId = a.id and r.decision is null)";

    /**
     * The next step's due day, as {@link CaseClock#next(CaseClock.Dates, LocalDate, WorkingDayCalendar)} finds it:
     * kept by the database (V14, indexed); a second-stage review sorts by the day it was asked for (its target counts
     * working days from there).
     */
    private static final String NEXT_DUE = "coalesce(a.nextDue, case when a.status = " + STATUS
            + "SECOND_STAGE_REVIEW then " + SECOND_STAGE_REQUESTED + " end)";

    /** Sortable columns: the names the screens use, and what they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "a.reference",
            "receivedAt", "a.receivedAt",
            "partnership", PARTNERSHIP.formatted("name"),
            "applicantName", "a.applicantName",
            "status", "a.status",
            "acknowledgementDue", "a.acknowledgementDue",
            "decisionDue", "a.decisionDue",
            "riskLevel", "a.riskLevel",
            "officer", "s.displayName",
            "nextDue", NEXT_DUE);

    private static final Set<ApplicationStatus> AWAITING_OUTCOME = Set.of(ApplicationStatus.REVIEW_ACTIVATED,
            ApplicationStatus.REVIEW_HELD);

    /** The most cases one search finds: a surname shared by thousands wants another word. */
    static final int MOST_FOUND = 5000;

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
                select a.id, a.reference, """ + PARTNERSHIP.formatted("name") + """
                , a.applicantName, a.channel, a.status, a.receivedAt,
                       a.acknowledgedOn, a.acknowledgementDue, a.decidedOn, a.decisionDue, a.riskLevel, s.displayName,
                       a.revisedDecisionDue, a.finalReviewDue, """ + PARTNERSHIP.formatted("decisionWorkingDays")
                + ", case when a.status = " + STATUS + "SECOND_STAGE_REVIEW then " + SECOND_STAGE_REQUESTED
                + " end " + FROM + OFFICER + where.jpql + order, Object[].class);
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

    /**
     * Every work queue's count in one statement: a count per queue, each read from its own index, joined with
     * {@code union all}, so the tabs cost one round trip and one query plan instead of one of each per tab.
     */
    Map<WorkQueue, Long> counts(StaffMember staff, CaseFilter filter, LocalDate today) {
        List<String> branches = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (WorkQueue queue : WorkQueue.values()) {
            Where where = where(staff, filter, queue, today);
            where.parameters.forEach((name, value) -> {
                Object other = parameters.putIfAbsent(name, value);
                if (other != null && !other.equals(value)) {
                    throw new IllegalStateException("Two queues give :" + name + " different values");
                }
            });
            branches.add("select " + queue.ordinal() + ", count(a)" + FROM + where.jpql);
        }
        TypedQuery<Object[]> query = entityManager.createQuery(String.join(" union all ", branches), Object[].class);
        parameters.forEach(query::setParameter);
        Map<WorkQueue, Long> counts = new EnumMap<>(WorkQueue.class);
        for (Object[] row : query.getResultList()) {
            counts.put(WorkQueue.values()[((Number) row[0]).intValue()], ((Number) row[1]).longValue());
        }
        return counts;
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
        CaseClock clock = CaseClock.next(new CaseClock.Dates(status, (LocalDate) row[7], acknowledgementDue,
                (LocalDate) row[9], decisionDue, (LocalDate) row[13], (LocalDate) row[14], (LocalDate) row[16],
                (Integer) row[15]), today, calendar);
        return new CaseRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Channel) row[4], status,
                (Instant) row[6], acknowledgementDue, decisionDue, (RiskLevel) row[11], (String) row[12], clock);
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private Where where(StaffMember staff, CaseFilter filter, @Nullable WorkQueue queue, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        // Who may see what: the same rule as CaseAccess.maySee, as a query.
        if (!staff.worksCases() && !staff.seesReviewsOnly()) {
            conditions.add("1 = 0");
        }
        if (staff.partnershipId() != null) {
            conditions.add("a.partnership.id = :scopePartnership");
            parameters.put("scopePartnership", staff.partnershipId());
        }
        if (staff.seesReviewsOnly()) {
            conditions.add("a.status in :reviewStatuses");
            parameters.put("reviewStatuses", CaseAccess.REVIEW_STATUSES);
        }

        if (filter.partnershipId() != null) {
            conditions.add("a.partnership.id = :partnershipId");
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
            conditions.add("a.id in :found");
            List<Long> found = matching(search);
            parameters.put("found", found.isEmpty() ? List.of(-1L) : found);
        }

        if (queue != null) {
            switch (queue) {
                case TO_ACKNOWLEDGE -> {
                    conditions.add("a.status = :received and a.acknowledgedOn is null");
                    parameters.put("received", ApplicationStatus.RECEIVED);
                }
                case DECISIONS_DUE -> {
                    // A decision moves the case on (CaseLifecycle): none acknowledged is decided, so the count reads
                    // the index alone.
                    conditions.add("a.status = :acknowledged");
                    parameters.put("acknowledged", ApplicationStatus.ACKNOWLEDGED);
                }
                case DELAY_NOTICES -> {
                    conditions.add("a.status in :awaitingOutcome and a.nextDue <= :warnUntil");
                    parameters.put("awaitingOutcome", AWAITING_OUTCOME);
                    parameters.put("warnUntil", CaseDeadlines.delayWarningUntil(today, calendar));
                }
                case OUTCOMES_DUE -> {
                    conditions.add("a.status in :awaitingOutcome");
                    parameters.put("awaitingOutcome", AWAITING_OUTCOME);
                }
                case FINAL_REVIEWS_DUE -> {
                    conditions.add("a.status = :outcomeSent");
                    parameters.put("outcomeSent", ApplicationStatus.OUTCOME_SENT);
                }
                case SECOND_STAGE -> {
                    conditions.add("a.status = :secondStage");
                    parameters.put("secondStage", ApplicationStatus.SECOND_STAGE_REVIEW);
                }
                case OVERDUE -> {
                    // Every step but a second-stage decision (whose next due day is not kept) past its day.
                    conditions.add("a.nextDue < :today");
                    parameters.put("today", today);
                }
                case MINE -> {
                    conditions.add("a.assignedOfficerId = :me and a.status in :open");
                    parameters.put("me", staff.id());
                    parameters.put("open", EnumSet.allOf(ApplicationStatus.class).stream()
                            .filter(ApplicationStatus::isOpen).collect(Collectors.toSet()));
                }
            }
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /**
     * The cases whose reference, applicant's name or surname, e-mail address, postcode or phone number (both without
     * spaces), or an incident's agency reference begin with what was typed: each through its own index, so a search
     * reads the matches, not every case. At most {@link #MOST_FOUND}.
     */
    @SuppressWarnings("unchecked")
    private List<Long> matching(String search) {
        List<String> branches = new ArrayList<>(List.of(
                "SELECT id FROM application WHERE reference LIKE :start ESCAPE '!'",
                "SELECT id FROM application WHERE applicant_name LIKE :start ESCAPE '!'",
                "SELECT id FROM application WHERE search_surname LIKE :start ESCAPE '!'",
                "SELECT id FROM application WHERE applicant_email LIKE :start ESCAPE '!'",
                "SELECT application_id FROM incident WHERE agency_reference LIKE :start ESCAPE '!'"));
        Map<String, Object> parameters = new HashMap<>(Map.of("start", escapeLike(search) + "%"));
        // Postcodes are stored as "TN9 1AA" and phone numbers as typed: both are also kept without spaces.
        String compact = search.replaceAll("[\\s()\\-.]", "").toLowerCase(java.util.Locale.ROOT);
        if (!compact.isEmpty()) {
            branches.add("SELECT id FROM application WHERE search_postcode LIKE :compact ESCAPE '!'");
            parameters.put("compact", escapeLike(compact) + "%");
        }
        String digits = search.replaceAll("[^0-9]", "");
        if (digits.length() >= 4 && digits.length() * 2 > search.replaceAll("\\s", "").length()) {
            branches.add("SELECT id FROM application WHERE search_phone LIKE :digits");
            parameters.put("digits", digits + "%");
        }
        jakarta.persistence.Query query = entityManager.createNativeQuery(String.join(" UNION ", branches)
                + " LIMIT " + MOST_FOUND, Long.class);
        parameters.forEach(query::setParameter);
        return (List<Long>) query.getResultList();
    }

    private static String orderBy(Sort sort, @Nullable WorkQueue queue) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String expression = SORTABLE.get(order.getProperty());
            if (expression != null) {
                parts.add(expression + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (!parts.isEmpty()) {
            parts.add("a.id desc");
        } else if (queue == null) {
            parts.add("a.receivedAt desc");
            parts.add("a.id desc");
        } else {
            // Soonest due first, and on the same day the case that came first: the order of the index on next_due.
            parts.add(switch (queue) {
                case SECOND_STAGE -> SECOND_STAGE_REQUESTED + " asc";
                case MINE -> NEXT_DUE + " asc";
                default -> "a.nextDue asc";
            });
            parts.add("a.id asc");
        }
        return " order by " + String.join(", ", parts);
    }

    /** "!" escapes: a backslash means different things to HQL and to MariaDB string literals. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
