package org.casereview.drafts;

import org.casereview.DomainConfiguration;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.PlainText;
import org.casereview.application.ValidationProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Saves an application part-way and finds it again from the link e-mailed to the applicant. The link carries a
 * random 256-bit token; only its SHA-256 hash is stored, so neither the table nor a backup lets anyone resume a
 * draft. A draft is kept for {@link #KEPT_FOR} after it was last saved, then deleted by {@link DraftCleanup}.
 */
@Service
public class DraftService {

    /** How long a saved draft is kept; the portal says so on the page. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);

    /** Far more than the form's longest answers allow (about 60,000 characters): a bound, not a limit felt. */
    static final int MAX_ANSWERS = 1_000_000;

    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final SavedDraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DraftService(SavedDraftRepository drafts, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves the answers and sends (through {@link DraftSaved}'s listeners) a new resume link; a link sent for an
     * earlier save of the same draft stops working.
     *
     * @param draftId the draft saved before from this form, or null for a new one
     * @param answers the form's answers, as the form records them
     * @throws InvalidApplicationException if the e-mail address is missing or not in a usable form
     */
    @Transactional
    public SavedDraftReceipt save(@Nullable Long draftId, String email, String answers, @Nullable String partnershipCode,
                                  Locale locale) {
        List<ValidationProblem> problems = ApplicationValidator.validateEmailForDraft(email, locale);
        if (problems.isEmpty() && answers.length() > MAX_ANSWERS) {
            problems = List.of(new ValidationProblem("draftEmail",
                    org.casereview.application.ValidationMessages.get(locale, "draft.tooLarge")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        // Control and bidirectional characters never reach the table, even inside the form's answers.
        answers = PlainText.requiredLines(answers);
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(KEPT_FOR);
        String address = email.strip();
        SavedDraft draft = Optional.ofNullable(draftId).flatMap(drafts::findById).orElse(null);
        if (draft == null) {
            draft = drafts.save(new SavedDraft(hash(token), address, answers, now, expiresAt));
        } else {
            draft.saveAgain(hash(token), address, answers, now, expiresAt);
        }
        long id = java.util.Objects.requireNonNull(draft.getId());
        LocalDate deletedOn = LocalDate.ofInstant(expiresAt, DomainConfiguration.UK);
        events.publishEvent(new DraftSaved(id, address, token, partnershipCode, deletedOn));
        return new SavedDraftReceipt(id, deletedOn);
    }

    /** The draft behind a resume link, unless the link is unknown, replaced by a later save, or expired. */
    @Transactional(readOnly = true)
    public Optional<ResumedDraft> resume(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return drafts.findByTokenHash(hash(token))
                .filter(draft -> !draft.expiredAt(now))
                .map(draft -> new ResumedDraft(java.util.Objects.requireNonNull(draft.getId()), draft.getEmail(),
                        draft.getAnswers(), LocalDate.ofInstant(draft.getExpiresAt(), DomainConfiguration.UK)));
    }

    /** Deletes a draft, e.g. once its application is sent. */
    @Transactional
    public void discard(long draftId) {
        drafts.findById(draftId).ifPresent(drafts::delete);
    }

    /** Deletes every draft past its time; safe to run on several servers at once. */
    @Transactional
    public int deleteExpired() {
        return drafts.deleteExpired(clock.instant());
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
