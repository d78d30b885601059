package org.casereview.portal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often one internet address may send an application, save a draft or look one up, so that a script cannot fill
 * the case list, flood residents' inboxes or guess resume links. The limits are generous for people: a household or
 * an advice centre sharing one address sends a few applications a day, not dozens an hour. Counted in memory on each
 * server (several servers each count their own), over a sliding window.
 */
@Component
public class RateLimits {

    /** What is limited. */
    public enum Action {
        /** Sending an application. */
        SUBMIT,
        /** Saving answers to come back to (each save e-mails a link). */
        SAVE_DRAFT,
        /** Opening a resume link, or (to come) looking up an application's status. */
        LOOK_UP
    }

    /** {@code max} times in any {@code per}: "10/1h". */
    record Limit(int max, Duration per) {

        static Limit parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("A rate limit is written as count/duration, e.g. 10/1h: " + text);
            }
            return new Limit(Integer.parseInt(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip()));
        }
    }

    /** Whether the action may go ahead, and if not, how long until it may. */
    public record Decision(boolean allowed, Duration retryAfter) {

        /** Whole minutes to wait, at least one: what the person is told. */
        public long minutesToWait() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    private record Key(Action action, String client) {
    }

    /** A sweep of forgotten addresses after this many checks, so the map does not grow without end. */
    private static final int SWEEP_EVERY = 1000;

    private final Map<Action, Limit> limits = new EnumMap<>(Action.class);
    private final Map<Key, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicInteger checks = new AtomicInteger();

    RateLimits(Clock clock,
               @Value("${casereview.portal.rate-limit.submit:10/1h}") String submit,
               @Value("${casereview.portal.rate-limit.save-draft:20/1h}") String saveDraft,
               @Value("${casereview.portal.rate-limit.look-up:30/1h}") String lookUp) {
        this.clock = clock;
        limits.put(Action.SUBMIT, Limit.parse(submit));
        limits.put(Action.SAVE_DRAFT, Limit.parse(saveDraft));
        limits.put(Action.LOOK_UP, Limit.parse(lookUp));
    }

    /** Counts one attempt at {@code action} from the address of the request being handled. */
    public Decision attempt(Action action) {
        return attempt(action, clientAddress());
    }

    /**
     * The internet address the request came from. Behind a proxy or load balancer, set
     * {@code server.forward-headers-strategy=native} so that this is the resident's, not the proxy's.
     */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null
                ? session.getBrowser().getAddress() : "unknown";
    }

    /**
     * Counts one attempt at {@code action} from {@code client} (an internet address), unless the limit is reached:
     * then it is refused and not counted.
     */
    public Decision attempt(Action action, String client) {
        Limit limit = limits.get(action);
        Instant now = clock.instant();
        Instant windowStart = now.minus(limit.per());
        Decision decision;
        Deque<Instant> times = attempts.computeIfAbsent(new Key(action, client), key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= limit.max()) {
                decision = new Decision(false, Duration.between(windowStart, times.peekFirst()));
            } else {
                times.addLast(now);
                decision = new Decision(true, Duration.ZERO);
            }
        }
        sweepNowAndThen(now);
        return decision;
    }

    private void sweepNowAndThen(Instant now) {
        if (checks.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        attempts.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Instant last = entry.getValue().peekLast();
                return last == null || last.isBefore(now.minus(limits.get(entry.getKey().action()).per()));
            }
        });
    }
}
