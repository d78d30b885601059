package org.casereview.backoffice.demo;

import org.casereview.application.Agency;
import org.casereview.database.EmbeddedMariaDb;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * The demo mode's staff accounts, one per role, so each can be tried. They are created only in the demo mode and
 * only on the embedded database: a council's real database never gets an account with a published password.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "casereview.demo", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** The demo police user works in one partnership, whose sample cases ask the police for information. */
    static final String AGENCY_PARTNERSHIP = "tonbridge-malling";

    private final StaffAccountRepository accounts;
    private final PartnershipRepository partnerships;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<EmbeddedMariaDb> embeddedDatabase;
    private final String portalUrl;
    private final String backofficeUrl;

    DemoAccounts(StaffAccountRepository accounts, PartnershipRepository partnerships, PasswordEncoder passwordEncoder,
                 ObjectProvider<EmbeddedMariaDb> embeddedDatabase,
                 @Value("${casereview.demo.portal-url:http://localhost:8080/}") String portalUrl,
                 @Value("${casereview.demo.backoffice-url:http://localhost:${server.port}/}") String backofficeUrl) {
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.passwordEncoder = passwordEncoder;
        this.embeddedDatabase = embeddedDatabase;
        this.portalUrl = portalUrl;
        this.backofficeUrl = backofficeUrl;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (embeddedDatabase.getIfAvailable() == null) {
            log.warn("Demo mode asked for on an external database: no demo accounts were created");
            return;
        }
        create("officer", "Demo Case Officer", EnumSet.of(StaffRole.CASE_OFFICER));
        create("manager", "Demo Manager", EnumSet.of(StaffRole.MANAGER));
        create("admin", "Demo Administrator", EnumSet.of(StaffRole.ADMINISTRATOR));
        create("panel", "Demo Panel Member", EnumSet.of(StaffRole.PANEL_MEMBER));
        create("agency", "Demo Police User (Kent Police)", EnumSet.of(StaffRole.PARTNER_AGENCY), Agency.POLICE,
                partnerships.findByCode(AGENCY_PARTNERSHIP).orElseThrow().getId());
        String banner = """

                ==========================================================================
                  CASE REVIEW DEMO MODE: demo accounts exist. Never use this mode for real.
                  Portal (residents):   %s
                  Back office (staff):  %s
                  Sign in as officer / %s   (also manager, admin, panel, agency)
                  E-mail sent by the system: Back office > Demo mailbox
                ==========================================================================
                """.formatted(portalUrl, backofficeUrl, PASSWORD);
        System.out.println(banner);
    }

    private void create(String username, String name, Set<StaffRole> roles) {
        create(username, name, roles, null, null);
    }

    private void create(String username, String name, Set<StaffRole> roles, @Nullable Agency agency,
                        @Nullable Long partnershipId) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new StaffAccount(username, name, passwordEncoder.encode(PASSWORD), roles, partnershipId,
                    agency, true));
        }
    }
}
