package org.casereview.subjectaccess;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.casereview.ActionRefusedException;
import org.casereview.DomainConfiguration;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseAction;
import org.casereview.history.CaseHistory;
import org.casereview.personaldata.PersonalDataSteps;
import org.casereview.retention.CaseAnonymiser;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Subject access requests, for administrators: find every case that holds something of a person, export all of it
 * as one document, and record an erasure or a restriction. Every search is recorded before it runs, and the results,
 * exports, erasures and restrictions are reached through that recorded search, so nothing here happens unrecorded.
 * An administrator of one partnership reaches its cases only.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class SubjectAccessService {

    private static final int REASON_MAX = 450;

    private final SubjectAccessLogRepository log;
    private final PersonalDataSteps personalData;
    private final CaseAnonymiser anonymiser;
    private final CaseHistory history;
    private final CurrentStaff currentStaff;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    SubjectAccessService(SubjectAccessLogRepository log, PersonalDataSteps personalData, CaseAnonymiser anonymiser,
                         CaseHistory history, CurrentStaff currentStaff, JdbcTemplate jdbc,
                         EntityManager entityManager, Clock clock) {
        this.log = log;
        this.personalData = personalData;
        this.anonymiser = anonymiser;
        this.history = history;
        this.currentStaff = currentStaff;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records a search for a person; its results are then read with {@link #matches}.
     *
     * @return the search's id
     * @throws ActionRefusedException when nothing usable was given
     */
    @Transactional
    public long search(SubjectSearch search) {
        search.check();
        StaffMember admin = currentStaff.get();
        return Objects.requireNonNull(record(admin, SubjectAccessLogEntry.Kind.SEARCH, null, search, null, null)
                .getId());
    }

    /** The cases that hold something of the person, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<SubjectMatch> matches(long searchId, Pageable pageable) {
        SubjectAccessLogEntry search = ownSearch(searchId);
        Found found = found(search, null);
        String limit = pageable.isPaged() ? " LIMIT " + pageable.getPageSize() + " OFFSET " + pageable.getOffset() : "";
        List<SubjectMatch> rows = jdbc.query(found.select() + limit, (rs, n) -> new SubjectMatch(rs.getLong("id"),
                rs.getString("reference"), rs.getString("partnership"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getDate("received_on").toLocalDate(),
                date(rs.getDate("closed_on")), rs.getBoolean("restricted"), rs.getString("matched_as")),
                found.parameters().toArray());
        long total = Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM (" + found.select() + ") f",
                Long.class, found.parameters().toArray()));
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * Everything held on the chosen cases, as one document; recorded, and noted in each case's history.
     *
     * @param applicationIds cases among the search's results
     */
    @Transactional
    public SubjectAccessReport export(long searchId, Collection<Long> applicationIds) {
        StaffMember admin = currentStaff.get();
        SubjectAccessLogEntry search = ownSearch(searchId);
        if (applicationIds.isEmpty()) {
            throw new ActionRefusedException("Choose the cases to export");
        }
        List<SubjectMatch> cases = chosen(search, applicationIds);
        String references = String.join(", ", cases.stream().map(SubjectMatch::reference).toList());
        record(admin, SubjectAccessLogEntry.Kind.EXPORT, searchId, search.search(), references, null);
        List<SubjectAccessReport.CaseReport> reports = new ArrayList<>();
        for (SubjectMatch match : cases) {
            history.record(match.applicationId(), admin.actorName(), "SUBJECT_ACCESS",
                    "Included in a subject access export");
            reports.add(new SubjectAccessReport.CaseReport(match.reference(), match.partnershipName(),
                    match.status().label(), match.receivedOn(), match.closedOn(), match.matchedAs(),
                    personalData.describe(match.applicationId())));
        }
        return new SubjectAccessReport(search.search().describe(), clock.instant(), admin.actorName(), reports);
    }

    /**
     * Anonymises one case now at the person's request. An open case is refused unless {@code overrideReason} says
     * why it must be erased anyway; it is then withdrawn, as nobody can work on it any more.
     */
    @Transactional
    public void erase(long searchId, long applicationId, String reason, @Nullable String overrideReason) {
        StaffMember admin = currentStaff.get();
        SubjectAccessLogEntry search = ownSearch(searchId);
        String why = required(reason, "Say why the case is erased, for example \"erasure request of 3 May\"");
        Application application = locked(search, applicationId);
        String override = null;
        if (!application.getStatus().isFinal()) {
            override = optional(overrideReason, "The reason for erasing an open case");
            if (override == null) {
                throw new ActionRefusedException(application.getReference() + " is still open ("
                        + application.getStatus().label() + "). Erasing it ends the work on it: give the reason it "
                        + "must be erased now, or wait until it is closed");
            }
            ApplicationStatus before = application.getStatus();
            application.close(CaseAction.WITHDRAW, LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK),
                    "Erased at the request of the person it is about");
            application.changedBy(admin.actorName(), clock.instant());
            history.recordChange(applicationId, admin.actorName(), "STATUS", "Status", before.label(),
                    application.getStatus().label());
        }
        String reference = application.getReference();
        anonymiser.anonymise(applicationId, admin.actorName(), "erasure request. " + why
                + (override == null ? "" : " Erased while open: " + override));
        record(admin, SubjectAccessLogEntry.Kind.ERASURE, searchId, search.search(), reference,
                why + (override == null ? "" : " Erased while open: " + override));
    }

    /** Restricts processing of one case at the person's request: it can be read, not changed or anonymised. */
    @Transactional
    public void restrict(long searchId, long applicationId, String reason) {
        StaffMember admin = currentStaff.get();
        SubjectAccessLogEntry search = ownSearch(searchId);
        String why = required(reason, "Say why processing is restricted, for example \"accuracy disputed\"");
        Application application = locked(search, applicationId);
        if (application.isRestricted()) {
            throw new ActionRefusedException(application.getReference() + " is restricted already");
        }
        Instant now = clock.instant();
        application.restrict(admin.actorName(), why, now);
        application.changedBy(admin.actorName(), now);
        history.record(applicationId, admin.actorName(), "RESTRICTED",
                "Processing restricted at the request of the person it is about: " + why);
        record(admin, SubjectAccessLogEntry.Kind.RESTRICTION, searchId, search.search(), application.getReference(),
                why);
    }

    @Transactional
    public void liftRestriction(long searchId, long applicationId, String reason) {
        StaffMember admin = currentStaff.get();
        SubjectAccessLogEntry search = ownSearch(searchId);
        String why = required(reason, "Say why the restriction is lifted");
        Application application = locked(search, applicationId);
        if (!application.isRestricted()) {
            throw new ActionRefusedException(application.getReference() + " is not restricted");
        }
        application.liftRestriction();
        application.changedBy(admin.actorName(), clock.instant());
        history.record(applicationId, admin.actorName(), "RESTRICTION_LIFTED", "Restriction lifted: " + why);
        record(admin, SubjectAccessLogEntry.Kind.RESTRICTION_LIFTED, searchId, search.search(),
                application.getReference(), why);
    }

    /** The record of subject access work, newest first; an administrator of one partnership sees its own. */
    @Transactional(readOnly = true)
    public Page<SubjectAccessLogEntry> requests(Pageable pageable) {
        return log.findInScope(currentStaff.get().partnershipId(), pageable);
    }

    private SubjectAccessLogEntry record(StaffMember admin, SubjectAccessLogEntry.Kind kind, @Nullable Long searchId,
                                         SubjectSearch search, @Nullable String references, @Nullable String reason) {
        return log.save(new SubjectAccessLogEntry(clock.instant(), admin.id(), admin.actorName(), kind, searchId,
                search, admin.partnershipId(), references, reason));
    }

    /** A search this administrator recorded: results are never reached without one. */
    private SubjectAccessLogEntry ownSearch(long searchId) {
        StaffMember admin = currentStaff.get();
        return log.findById(searchId)
                .filter(entry -> entry.getKind() == SubjectAccessLogEntry.Kind.SEARCH)
                .filter(entry -> entry.getStaffAccountId() == admin.id())
                .orElseThrow(() -> new ActionRefusedException("Search again: that search is not one of yours"));
    }

    /** The case, locked for a change, if the search found it (so it is in scope and not anonymised). */
    private Application locked(SubjectAccessLogEntry search, long applicationId) {
        chosen(search, List.of(applicationId));
        return Objects.requireNonNull(entityManager.find(Application.class, applicationId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** The chosen cases, each of which the search must find. */
    private List<SubjectMatch> chosen(SubjectAccessLogEntry search, Collection<Long> applicationIds) {
        Found found = found(search, List.copyOf(applicationIds));
        List<SubjectMatch> matches = jdbc.query(found.select(), (rs, n) -> new SubjectMatch(rs.getLong("id"),
                rs.getString("reference"), rs.getString("partnership"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getDate("received_on").toLocalDate(),
                date(rs.getDate("closed_on")), rs.getBoolean("restricted"), rs.getString("matched_as")),
                found.parameters().toArray());
        if (matches.size() != Set.copyOf(applicationIds).size()) {
            throw new ActionRefusedException("Search again: a case chosen is not among this search's results "
                    + "(it may have been anonymised since)");
        }
        return matches;
    }

    private Found found(SubjectAccessLogEntry entry, @Nullable List<Long> onlyIds) {
        SubjectQuery query = new SubjectQuery(entry.search());
        List<Object> parameters = new ArrayList<>(query.parameters());
        StringBuilder where = new StringBuilder(" WHERE a.anonymised_at IS NULL");
        if (entry.getScopePartnershipId() != null) {
            where.append(" AND a.partnership_id = ?");
            parameters.add(entry.getScopePartnershipId());
        }
        if (onlyIds != null) {
            where.append(" AND a.id IN (").append(String.join(", ", Collections.nCopies(onlyIds.size(), "?")))
                    .append(")");
            parameters.addAll(onlyIds);
        }
        String select = "SELECT a.id, a.reference, p.name AS partnership, a.status, a.received_on, a.closed_on,"
                + " a.restricted_at IS NOT NULL AS restricted,"
                + " GROUP_CONCAT(DISTINCT CONCAT(m.role, ' (', m.matched, ')') ORDER BY m.role SEPARATOR '; ')"
                + " AS matched_as"
                + " FROM (" + query.places() + ") m JOIN application a ON a.id = m.application_id"
                + " JOIN partnership p ON p.id = a.partnership_id" + where
                + " GROUP BY a.id, a.reference, p.name, a.status, a.received_on, a.closed_on, a.restricted_at"
                + " ORDER BY a.id DESC";
        return new Found(select, parameters);
    }

    private record Found(String select, List<Object> parameters) {
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String required(@Nullable String text, String message) {
        String cleaned = optional(text, "The reason");
        if (cleaned == null) {
            throw new ActionRefusedException(message);
        }
        return cleaned;
    }

    private static @Nullable String optional(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > REASON_MAX) {
            throw new ActionRefusedException(what + " must be " + REASON_MAX + " characters or fewer");
        }
        return stripped;
    }
}
