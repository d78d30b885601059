package org.casereview.statistics;

import org.casereview.ActionRefusedException;
import org.casereview.DomainConfiguration;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The figures for the back office's reports. Case officers and managers report on their own partnership; county-wide
 * staff on any partnerships they choose. Administrators, panel members and partner agencies do not (decision 0012):
 * the published figures are on the portal for everyone.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER')")
public class StatisticsService {

    private final CurrentStaff currentStaff;
    private final ReportingAreas areas;
    private final FiguresQuery query;
    private final Clock clock;

    StatisticsService(CurrentStaff currentStaff, ReportingAreas areas, FiguresQuery query, Clock clock) {
        this.currentStaff = currentStaff;
        this.areas = areas;
        this.query = query;
        this.clock = clock;
    }

    /** The partnerships this member of staff may report on: their own, or all of them for county-wide staff. */
    @Transactional(readOnly = true)
    public List<ReportingArea> areas() {
        StaffMember me = me();
        return areas.all().stream().filter(area -> me.covers(area.id())).toList();
    }

    /**
     * The figures for these partnerships together over the period, as they stand today.
     *
     * @throws ActionRefusedException when no partnership is chosen
     * @throws AccessDeniedException when one of them is not this member of staff's
     */
    public Figures figures(Collection<Long> partnershipIds, ReportingPeriod period) {
        StaffMember me = me();
        if (partnershipIds.isEmpty()) {
            throw new ActionRefusedException("Choose at least one partnership");
        }
        List<ReportingArea> chosen = new LinkedHashSet<>(partnershipIds).stream()
                .map(id -> areas.byId(id).filter(area -> me.covers(area.id()))
                        .orElseThrow(() -> new AccessDeniedException("Figures for another partnership")))
                .toList();
        return query.figures(chosen, period, today());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
    }

    private StaffMember me() {
        StaffMember me = currentStaff.get();
        if (!me.worksCases()) {
            throw new AccessDeniedException("Only case officers and managers see the figures");
        }
        return me;
    }
}
