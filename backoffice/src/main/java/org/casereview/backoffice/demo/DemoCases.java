package org.casereview.backoffice.demo;

import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.database.EmbeddedMariaDb;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample cases for trying the back office without the portal: a handful of applications by each channel, some
 * received a few working days ago so the work queue has something due and something overdue. Only with
 * {@code CASEREVIEW_DEMO_SAMPLES=true} in the demo mode, on the embedded database, and only when there are no cases.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = {"casereview.demo", "casereview.demo.sample-cases"}, havingValue = "true")
class DemoCases implements ApplicationRunner {

    private final ApplicationService applications;
    private final ApplicationRepository repository;
    private final PartnershipRepository partnerships;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<EmbeddedMariaDb> embeddedDatabase;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    DemoCases(ApplicationService applications, ApplicationRepository repository, PartnershipRepository partnerships,
              JdbcTemplate jdbc, ObjectProvider<EmbeddedMariaDb> embeddedDatabase) {
        this.applications = applications;
        this.repository = repository;
        this.partnerships = partnerships;
        this.jdbc = jdbc;
        this.embeddedDatabase = embeddedDatabase;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embeddedDatabase.getIfAvailable() == null || repository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        LocalDate fiveWorkingDaysAgo = today;
        for (int i = 0; i < 5; i++) {
            fiveWorkingDaysAgo = calendar.previousWorkingDay(fiveWorkingDaysAgo);
        }
        sample("tonbridge-malling", Channel.PHONE, "Margaret Ellis", "14 Quarry Hill Road, Tonbridge", "TN9 2RN",
                "01732 960 111", null, ContactMethod.PHONE, fiveWorkingDaysAgo,
                "Loud music from the flat below until 3am", 60, 35, 12);
        sample("sevenoaks", Channel.ONLINE, "Dev Patel", null, null, null, "d.patel@example.org",
                ContactMethod.EMAIL, today, "Group gathering outside the shop, shouting at customers", 70, 40, 9);
        sample("bassetlaw", Channel.LETTER, "Tom Hughes", "3 Canal Street, Worksop", "S80 2AB", null, null,
                ContactMethod.POST, calendar.previousWorkingDay(today), "Car repeatedly damaged on the driveway", 45,
                20);
        sample("folkestone-hythe", Channel.EMAIL, "Sarah Wood", "8 Marine Parade, Folkestone", "CT20 1PX",
                "07700 900 456", "sarah.wood@example.org", ContactMethod.EMAIL, today,
                "Neighbour's dog left barking all day; abuse when asked to stop", 150, 50, 30, 6);
        sample("newark-sherwood", Channel.PARTNER_AGENCY, "Aisha Khan", "21 Balderton Gate, Newark", "NG24 1UW",
                "01636 960 222", "aisha.khan@example.org", ContactMethod.EMAIL, today,
                "Racist graffiti on the front door and garden wall", 80, 25, 8);
        sample("test-valley", Channel.ONLINE, "Gary Lowe", "5 Bridge Street, Andover", "SP10 1BL", "01264 960 333",
                null, ContactMethod.PHONE, today, "Fireworks thrown into the garden", 30, 15);
    }

    private void sample(String partnership, Channel channel, String name, @Nullable String address,
                        @Nullable String postcode, @Nullable String phone, @Nullable String email,
                        ContactMethod contact, LocalDate receivedOn, String behaviour, int... daysBeforeReceipt) {
        List<NewApplication.NewIncident> incidents = new ArrayList<>();
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        for (int days : daysBeforeReceipt) {
            LocalDate occurred = receivedOn.minusDays(days);
            incidents.add(new NewApplication.NewIncident(occurred, occurred.plusDays(1).isAfter(today) ? occurred
                    : occurred.plusDays(1), Agency.POLICE, null, "PC-" + (10000 + days * 37), behaviour));
        }
        var submitted = applications.submit(new NewApplication(partnership, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, address, postcode, phone, email), contact, true, incidents,
                null), "Demo data");
        if (!receivedOn.equals(today)) {
            // As if it had arrived on that day: the clocks then show a step due soon or overdue.
            var policy = partnerships.findByCode(partnership).orElseThrow().policy();
            var deadlines = CaseDeadlines.forApplication(policy, calendar, channel.isOnline(), receivedOn, null);
            jdbc.update("""
                    UPDATE application SET received_on = ?, received_at = ?, consent_given_at = received_at,
                           acknowledgement_due = ?, decision_due = ?
                    WHERE reference = ?""", receivedOn, receivedOn.atTime(10, 0).toInstant(ZoneOffset.UTC),
                    deadlines.acknowledgementDue(), deadlines.decisionDue(), submitted.reference());
        }
    }
}
