package org.casereview.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitsTest {

    /** A clock the test moves on. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final RateLimits limits = new RateLimits(clock, "3/1h", "2/10m", "5/1m");

    @Test
    void each_address_has_its_own_count_over_a_sliding_window() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.attempt(RateLimits.Action.SUBMIT, "203.0.113.7").allowed()).isTrue();
            clock.now = clock.now.plus(Duration.ofMinutes(10));
        }
        RateLimits.Decision fourth = limits.attempt(RateLimits.Action.SUBMIT, "203.0.113.7");
        assertThat(fourth.allowed()).isFalse();
        // The first attempt (at 10:00) leaves the window at 11:00; it is now 10:30.
        assertThat(fourth.retryAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(fourth.minutesToWait()).isEqualTo(30);

        assertThat(limits.attempt(RateLimits.Action.SUBMIT, "198.51.100.1").allowed()).isTrue();
        assertThat(limits.attempt(RateLimits.Action.SAVE_DRAFT, "203.0.113.7").allowed()).isTrue();

        clock.now = Instant.parse("2026-03-02T11:00:01Z");
        assertThat(limits.attempt(RateLimits.Action.SUBMIT, "203.0.113.7").allowed()).isTrue();
        assertThat(limits.attempt(RateLimits.Action.SUBMIT, "203.0.113.7").allowed()).isFalse();
    }

    @Test
    void a_refused_attempt_is_not_counted() {
        limits.attempt(RateLimits.Action.SAVE_DRAFT, "a");
        limits.attempt(RateLimits.Action.SAVE_DRAFT, "a");
        for (int i = 0; i < 5; i++) {
            assertThat(limits.attempt(RateLimits.Action.SAVE_DRAFT, "a").allowed()).isFalse();
        }
        clock.now = clock.now.plus(Duration.ofMinutes(10)).plusSeconds(1);
        assertThat(limits.attempt(RateLimits.Action.SAVE_DRAFT, "a").allowed()).isTrue();
    }

    @Test
    void the_wait_is_never_said_as_zero_minutes() {
        assertThat(new RateLimits.Decision(false, Duration.ofSeconds(5)).minutesToWait()).isEqualTo(1);
        assertThat(new RateLimits.Decision(false, Duration.ofSeconds(61)).minutesToWait()).isEqualTo(2);
    }

    @Test
    void a_limit_is_written_as_count_slash_duration() {
        assertThat(RateLimits.Limit.parse(" 10 / 1h ")).isEqualTo(new RateLimits.Limit(10, Duration.ofHours(1)));
        assertThatThrownBy(() -> RateLimits.Limit.parse("10 per hour")).isInstanceOf(IllegalArgumentException.class);
    }
}
