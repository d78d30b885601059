package org.casereview.accesslog;

import org.casereview.TestCases;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who opened which case is recorded, and shown to managers only. */
@SpringBootTest
class CaseAccessLogTest {

    @Autowired
    CaseAccessLog accessLog;
    @Autowired
    TestCases cases;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    @Test
    void each_opening_is_recorded_and_managers_of_the_partnership_see_who_looked_newest_first() {
        Application application = cases.apply("bassetlaw", Channel.PHONE, null, "Lou Looked", 3);
        StaffAccount officer = cases.signIn("bassetlaw", StaffRole.CASE_OFFICER);
        accessLog.opened(application.getId(), CaseScreen.CASE);
        accessLog.opened(application.getId(), CaseScreen.THRESHOLD);
        StaffAccount manager = cases.signIn(null, StaffRole.MANAGER);
        accessLog.opened(application.getId(), CaseScreen.CASE);

        Page<CaseAccessEntry> page = accessLog.of(application.getId(), PageRequest.of(0, 2));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(CaseAccessEntry::username, CaseAccessEntry::screen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(manager.getUsername(), CaseScreen.CASE),
                        org.assertj.core.groups.Tuple.tuple(officer.getUsername(), CaseScreen.THRESHOLD));
        assertThat(accessLog.of(application.getId(), PageRequest.of(1, 2)).getContent()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.displayName()).isEqualTo(officer.getDisplayName());
                    assertThat(entry.screen()).isEqualTo(CaseScreen.CASE);
                    assertThat(entry.openedAt()).isNotNull();
                });
    }

    @Test
    void officers_panel_members_and_other_partnerships_managers_do_not_see_the_list() {
        Application application = cases.apply("sevenoaks", Channel.PHONE, null, "Lou Looked", 3);
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        accessLog.opened(application.getId(), CaseScreen.CASE);
        assertThatThrownBy(() -> accessLog.of(application.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        cases.signIn(null, StaffRole.PANEL_MEMBER);
        assertThatThrownBy(() -> accessLog.of(application.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        cases.signIn("bassetlaw", StaffRole.MANAGER);
        assertThatThrownBy(() -> accessLog.of(application.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(CaseNotFoundException.class);
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThatThrownBy(() -> accessLog.of(application.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
