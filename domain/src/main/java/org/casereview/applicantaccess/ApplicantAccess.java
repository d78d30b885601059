package org.casereview.applicantaccess;

import org.casereview.application.Application;
import org.casereview.history.CaseHistory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an applicant proves, on the portal, that a case is theirs.
 *
 * <ul>
 * <li>With the reference and the e-mail address or phone number on the application: a six-digit security code goes
 * to the application's e-mail address (for a phone number too: there is no text message service). It works once,
 * for {@link AccessSettings#codeLifetime()}, and allows {@link AccessSettings#codeAttempts()} tries.</li>
 * <li>With the reference and the access code the unit gave (by letter or phone) to someone who applied by post or
 * phone.</li>
 * </ul>
 *
 * <p>The answer never tells a stranger whether a reference exists or an address matches: a request that matches
 * nothing stores a request like any other (whose code nobody knows), does the same work, and takes at least
 * {@link AccessSettings#minimumAnswerTime()}. Requests for codes and wrong access codes are limited per reference
 * (as typed) and per client address, whether or not the reference exists.
 */
@Service
public class ApplicantAccess {

    static final String ACTOR = "Applicant (online)";
    private static final Pattern REFERENCE = Pattern.compile("^CT(\\d{4})(\\d{5,})$");
    private static final int REFERENCE_MAX = 60;
    private static final int CONTACT_MAX = 254;
    /** Requests and tries are kept at least this long, then deleted. */
    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final AccessSettings settings;
    private final Codes codes;
    private final ApplicantLookup lookup;
    private final SecurityCodeChallengeRepository challenges;
    private final AccessCodeRepository accessCodes;
    private final AccessAttemptRepository attempts;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApplicantAccess(AccessSettings settings, Codes codes, ApplicantLookup lookup,
                    SecurityCodeChallengeRepository challenges, AccessCodeRepository accessCodes,
                    AccessAttemptRepository attempts, CaseHistory history, ApplicationEventPublisher events,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.settings = settings;
        this.codes = codes;
        this.lookup = lookup;
        this.challenges = challenges;
        this.accessCodes = accessCodes;
        this.attempts = attempts;
        this.history = history;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // Security codes by e-mail --------------------------------------------------------------------------------------

    /** What became of a request for a security code. */
    public record CodeRequest(boolean limited, @Nullable String challenge) {

        /** The same for every request that was not limited, whatever it matched. */
        static CodeRequest sent(String challenge) {
            return new CodeRequest(false, challenge);
        }

        static CodeRequest tooMany() {
            return new CodeRequest(true, null);
        }
    }

    /**
     * Sends a security code to the case's e-mail address if {@code reference} is a case and {@code emailOrPhone} is
     * its applicant's e-mail address or phone number; otherwise does the same work and sends nothing.
     *
     * @param clientAddress where the request came from (the portal's client address), for the limit per client
     * @return the request's handle for {@link #enterSecurityCode}, or "limited" when too many codes were asked for
     * this reference or from this address within {@link AccessSettings#limitWindow()}
     */
    public CodeRequest requestSecurityCode(String reference, String emailOrPhone, String clientAddress) {
        return answeredNoSooner(() -> requestInTransaction(asking(AccessAttempt.Kind.CODE_REQUEST, reference,
                clientAddress), emailOrPhone));
    }

    private CodeRequest requestInTransaction(Asking asking, String emailOrPhone) {
        if (asking.limited()) {
            return CodeRequest.tooMany();
        }
        Instant now = asking.now();
        attempts.save(new AccessAttempt(AccessAttempt.Kind.CODE_REQUEST, asking.reference(), asking.client(), now));
        Optional<Application> application = lookup.findByReference(asking.reference());
        String sendTo = application.map(found -> emailFor(found, cut(emailOrPhone, CONTACT_MAX))).orElse(null);
        Long applicationId = sendTo == null ? null : application.get().getId();
        String handle = codes.handle();
        String code = codes.securityCode();
        challenges.save(new SecurityCodeChallenge(handle, applicationId, codes.securityCodeHash(handle, code), now,
                now.plus(settings.codeLifetime())));
        if (applicationId != null) {
            events.publishEvent(new SecurityCodeRequested(applicationId, sendTo, code, settings.codeLifetime()));
        }
        return CodeRequest.sent(handle);
    }

    /**
     * The address to send the code to: the application's e-mail, if what was typed is that address or the
     * applicant's phone number; null otherwise (or when the application has no e-mail address).
     */
    private static @Nullable String emailFor(Application application, String typed) {
        String email = application.getApplicantEmail();
        if (email == null) {
            return null;
        }
        String given = typed.strip();
        if (given.contains("@")) {
            return given.equalsIgnoreCase(email.strip()) ? email : null;
        }
        String phone = application.getApplicantPhone();
        String typedDigits = phoneDigits(given);
        return phone != null && typedDigits.length() >= 10 && typedDigits.equals(phoneDigits(phone)) ? email : null;
    }

    /** A UK phone number as digits from its leading 0: "+44 (0)7700 900123" and "07700 900123" are the same. */
    static String phoneDigits(String phone) {
        String digits = phone.replace("(0)", "").replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
    }

    /** What became of a security code typed in. */
    public record CodeEntry(Outcome outcome, @Nullable ApplicantPass pass, int triesLeft) {

        public enum Outcome {
            /** The code was right: the case is open for this session. */
            OPENED,
            /** Not the code; {@code triesLeft} more tries. */
            WRONG,
            /** Wrong too many times: this code is void, a new one is needed. */
            TOO_MANY_TRIES,
            /** Expired, already used, or not known: a new code is needed. */
            ENDED
        }
    }

    /**
     * Checks a security code against the request it answers. A request that matched no case takes tries like any
     * other, and is never right.
     */
    @Transactional
    public CodeEntry enterSecurityCode(String challenge, String code) {
        Instant now = clock.instant();
        SecurityCodeChallenge request = challenges.findByHandle(cut(challenge, 64)).orElse(null);
        if (request == null || !request.open(now, settings.codeAttempts())) {
            return new CodeEntry(CodeEntry.Outcome.ENDED, null, 0);
        }
        request.tried();
        String typed = code.replaceAll("\\s", "");
        boolean right = typed.matches("\\d{" + Codes.SECURITY_CODE_DIGITS + "}")
                && Codes.same(codes.securityCodeHash(request.getHandle(), typed), request.getCodeHash())
                && request.getApplicationId() != null;
        if (right) {
            request.used(now);
            return new CodeEntry(CodeEntry.Outcome.OPENED, open(request.getApplicationId(), "a security code sent by "
                    + "e-mail", now), 0);
        }
        int left = settings.codeAttempts() - request.getAttempts();
        return left > 0 ? new CodeEntry(CodeEntry.Outcome.WRONG, null, left)
                : new CodeEntry(CodeEntry.Outcome.TOO_MANY_TRIES, null, 0);
    }

    // Access codes --------------------------------------------------------------------------------------------------

    /** What became of an access code typed in. */
    public record AccessCodeEntry(Outcome outcome, @Nullable ApplicantPass pass) {

        public enum Outcome {
            OPENED,
            /** The reference and access code do not go together (or the reference is not a case). */
            WRONG,
            /** Too many wrong access codes for this reference or from this address: try later. */
            LIMITED
        }
    }

    /**
     * Opens a case with its access code. A wrong one counts towards the limits for the reference and the client
     * address; once either is reached, even a right code is refused until the window has passed.
     */
    public AccessCodeEntry openWithAccessCode(String reference, String accessCode, String clientAddress) {
        return answeredNoSooner(() -> accessCodeInTransaction(asking(AccessAttempt.Kind.WRONG_ACCESS_CODE, reference,
                clientAddress), accessCode));
    }

    private AccessCodeEntry accessCodeInTransaction(Asking asking, String accessCode) {
        if (asking.limited()) {
            return new AccessCodeEntry(AccessCodeEntry.Outcome.LIMITED, null);
        }
        Instant now = asking.now();
        Optional<Application> application = lookup.findByReference(asking.reference());
        long applicationId = application.map(Application::getId).orElse(-1L);
        // Hashed and looked up whether or not the case exists: the same work either way.
        String hash = Codes.accessCodeHash(applicationId, Codes.normaliseAccessCode(cut(accessCode, 40)));
        Optional<AccessCode> stored = accessCodes.findByApplicationId(applicationId);
        if (stored.isPresent() && Codes.same(hash, stored.get().getCodeHash())) {
            stored.get().used(now);
            return new AccessCodeEntry(AccessCodeEntry.Outcome.OPENED, open(applicationId, "the case's access code",
                    now));
        }
        attempts.save(new AccessAttempt(AccessAttempt.Kind.WRONG_ACCESS_CODE, asking.reference(), asking.client(),
                now));
        return new AccessCodeEntry(AccessCodeEntry.Outcome.WRONG, null);
    }

    // The session that follows ---------------------------------------------------------------------------------------

    private ApplicantPass open(long applicationId, String how, Instant now) {
        Application application = lookup.findWithPartnershipById(applicationId).orElseThrow();
        history.record(applicationId, ACTOR, "APPLICANT_SIGNED_IN", "The applicant opened the case on the portal "
                + "with " + how);
        return new ApplicantPass(applicationId, application.getReference(), now);
    }

    /**
     * Checks that the pass is still live and counts this as activity.
     *
     * @throws AccessEndedException when the applicant signed out or did nothing for
     * {@link AccessSettings#idleTimeout()}
     */
    public void confirm(ApplicantPass pass) {
        Instant now = clock.instant();
        if (!isLive(pass, now)) {
            pass.end();
            throw new AccessEndedException();
        }
        pass.activeAt(now);
    }

    /** How long until the pass ends unless the applicant does something; zero once it has ended. */
    public Duration timeLeft(ApplicantPass pass) {
        Instant now = clock.instant();
        if (!isLive(pass, now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, pass.lastActiveAt().plus(settings.idleTimeout()));
    }

    public void signOut(ApplicantPass pass) {
        pass.end();
    }

    private boolean isLive(ApplicantPass pass, Instant now) {
        return !pass.isEnded() && now.isBefore(pass.lastActiveAt().plus(settings.idleTimeout()));
    }

    // Limits and housekeeping ---------------------------------------------------------------------------------------

    /** Who is asking about which reference, and when; and whether they have reached a limit. */
    private record Asking(Instant now, String reference, String client, boolean limited) {
    }

    /** Runs in the transaction: forgets old attempts, and counts this client's and this reference's. */
    private Asking asking(AccessAttempt.Kind kind, String reference, String clientAddress) {
        Instant now = clock.instant();
        forgetOld(now);
        String ref = normaliseReference(reference);
        String client = codes.clientKey(clientAddress);
        return new Asking(now, ref, client, overLimit(kind, ref, client, now));
    }

    /** In one transaction, and never sooner than the minimum answer time, whatever the answer. */
    private <T> T answeredNoSooner(java.util.function.Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return Objects.requireNonNull(transactions.execute(tx -> work.get()));
        } finally {
            answerNoSoonerThan(started);
        }
    }

    private boolean overLimit(AccessAttempt.Kind kind, String reference, String client, Instant now) {
        Instant since = now.minus(settings.limitWindow());
        return attempts.countByKindAndReferenceAndAttemptedAtAfter(kind, reference, since) >= settings.referenceLimit()
                || attempts.countByKindAndClientHashAndAttemptedAtAfter(kind, client, since) >= settings.clientLimit();
    }

    /** Requests and tries are needed only for the limits: they go after a day (or the window, if longer). */
    private void forgetOld(Instant now) {
        Instant before = now.minus(settings.limitWindow().compareTo(KEPT_FOR) > 0 ? settings.limitWindow() : KEPT_FOR);
        attempts.deleteAttemptedBefore(before);
        challenges.deleteCreatedBefore(before);
    }

    private void answerNoSoonerThan(long startedNanos) {
        long left = settings.minimumAnswerTime().toNanos() - (System.nanoTime() - startedNanos);
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A reference as people type it: any case, spaces or none, with or without the dashes ("ct 2026 00042" is
     * CT-2026-00042). Anything else is kept as typed, in capitals, for the limits.
     */
    static String normaliseReference(String typed) {
        String compact = typed.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        Matcher matcher = REFERENCE.matcher(compact);
        if (matcher.matches()) {
            return "CT-" + matcher.group(1) + "-" + matcher.group(2);
        }
        return cut(compact.isEmpty() ? typed.strip() : compact, REFERENCE_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
