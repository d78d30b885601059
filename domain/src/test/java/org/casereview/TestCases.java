package org.casereview;

import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Staff accounts, sign-in and applications for the domain's service tests. */
@Component
public class TestCases {

    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    org.casereview.partnership.PartnershipRepository partnerships;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    public org.casereview.casework.CaseworkService casework;
    @Autowired
    public org.casereview.decision.DecisionService decisions;

    public static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    /** A fresh account (unique username) with these roles in that partnership (null: county-wide), signed in. */
    public StaffAccount signIn(@Nullable String partnershipCode, StaffRole... roles) {
        StaffAccount account = account(partnershipCode, roles);
        signInAs(account.getUsername(), roles);
        return account;
    }

    public StaffAccount account(@Nullable String partnershipCode, StaffRole... roles) {
        Long partnershipId = partnershipCode == null ? null
                : partnerships.findByCode(partnershipCode).orElseThrow().getId();
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        set.addAll(Arrays.asList(roles));
        return accounts.save(new StaffAccount(username, "Test " + username, "{noop}secret-password", set,
                partnershipId, false));
    }

    public static void signInAs(String username, StaffRole... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * An application received today by {@code channel}, with incidents reported {@code daysAgo} days ago each
     * (the behaviour the day before), to the police with references "REF-&lt;n&gt;-&lt;random&gt;".
     */
    public Application apply(String partnershipCode, Channel channel, @Nullable String email, String name,
                             int... daysAgo) {
        LocalDate today = today();
        List<NewApplication.NewIncident> incidents = new ArrayList<>();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < daysAgo.length; i++) {
            incidents.add(new NewApplication.NewIncident(today.minusDays(daysAgo[i] + 1L), today.minusDays(daysAgo[i]),
                    Agency.POLICE, null, "REF-" + i + "-" + tag, "Shouting and banging at night, number " + (i + 1)));
        }
        var submitted = applications.submit(new NewApplication(partnershipCode, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, "3 Station Road", "ME19 4LZ", "01632 960 123", email),
                email == null ? ContactMethod.PHONE : ContactMethod.EMAIL, true, incidents, null), "Test intake");
        return applications.byReference(submitted.reference()).orElseThrow();
    }

    /** An application with incidents as given, received today by {@code channel}. */
    public Application apply(String partnershipCode, Channel channel, String name,
                             List<NewApplication.NewIncident> incidents) {
        var submitted = applications.submit(new NewApplication(partnershipCode, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, "3 Station Road", "ME19 4LZ", "01632 960 123", null),
                ContactMethod.PHONE, true, incidents, null), "Test intake");
        return applications.byReference(submitted.reference()).orElseThrow();
    }

    /**
     * A telephone application with three incidents reported 40, 20 and 5 days ago, acknowledged and decided "met" by
     * a case officer of the partnership, who stays signed in.
     */
    public Application reviewActivated(String partnershipCode) {
        signIn(partnershipCode, StaffRole.CASE_OFFICER);
        Application application = apply(partnershipCode, Channel.PHONE, "resident@example.org", "Rowan Resident",
                40, 20, 5);
        casework.acknowledge(application.getId(), application.getVersion(),
                org.casereview.application.AcknowledgementMethod.PHONE, null);
        Application acknowledged = reload(application);
        decisions.decide(acknowledged.getId(), acknowledged.getVersion(),
                org.casereview.decision.DecisionOutcome.MET, null);
        return reload(application);
    }

    public Application reload(Application application) {
        return applications.details(application.getId()).orElseThrow();
    }
}
