package org.casereview.staff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountLockTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private static StaffAccount account() {
        return new StaffAccount("dana", "Dana", "{noop}x", EnumSet.of(StaffRole.CASE_OFFICER), null, false);
    }

    @Test
    void the_fifth_failure_in_a_row_locks_the_account_for_fifteen_minutes() {
        StaffAccount account = account();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.failedSignIn(NINE.plusSeconds(i), 5, FIFTEEN_MINUTES)).isFalse();
            assertThat(account.isLockedAt(NINE.plusSeconds(i))).isFalse();
        }
        assertThat(account.failedSignIn(NINE.plusSeconds(5), 5, FIFTEEN_MINUTES)).isTrue();

        assertThat(account.isLockedAt(NINE.plusSeconds(6))).isTrue();
        assertThat(account.isLockedAt(NINE.plusSeconds(5).plus(FIFTEEN_MINUTES).minusMillis(1))).isTrue();
        assertThat(account.isLockedAt(NINE.plusSeconds(5).plus(FIFTEEN_MINUTES))).isFalse();
    }

    @Test
    void a_success_resets_the_count_and_a_failure_after_the_lock_starts_a_new_count() {
        StaffAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.failedSignIn(NINE, 5, FIFTEEN_MINUTES);
        }
        account.signedIn(NINE);
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.failedSignIn(NINE, 5, FIFTEEN_MINUTES)).isFalse();

        for (int i = 0; i < 4; i++) {
            account.failedSignIn(NINE, 5, FIFTEEN_MINUTES);
        }
        assertThat(account.isLockedAt(NINE)).isTrue();
        Instant later = NINE.plus(Duration.ofHours(1));
        assertThat(account.failedSignIn(later, 5, FIFTEEN_MINUTES)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
        assertThat(account.isLockedAt(later)).isFalse();
    }
}
