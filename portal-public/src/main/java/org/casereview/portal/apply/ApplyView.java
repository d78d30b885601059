package org.casereview.portal.apply;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.DomainConfiguration;
import org.casereview.application.ApplicationService;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.SubmittedApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.drafts.DraftService;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipService;
import org.casereview.portal.security.RateLimits;
import org.casereview.portal.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application, one question page at a time as GOV.UK forms are: council area, who is applying, the victim or the
 * group, your details, the incidents, the problem, impact, contact, consent, check your answers, then the reference.
 * The answers live on the server in the resident's session ({@link SessionDrafts}) and the page survives a refresh
 * ({@link PreserveOnRefresh}); "Save and come back later" keeps them for 30 days behind an e-mailed link.
 */
@Route("apply")
@PreserveOnRefresh
@AnonymousAllowed
public class ApplyView extends Main implements BeforeEnterObserver, HasDynamicTitle, Wizard {

    private static final Logger log = LoggerFactory.getLogger(ApplyView.class);
    /** Errors about a group of answers link to the first field of the group, or to the list they are about. */
    private static final Map<String, String> ANCHORS = Map.of(
            "contact", "email", "victimContact", "victimEmail", "incidents", "occurredOn",
            "groupMembers", "memberName");

    private final ApplicationService applications;
    private final PartnershipService partnerships;
    private final DraftService drafts;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div backLink = new Div();
    private final Div content = new Div();
    private final SessionTimeoutWarning timeoutWarning;
    private final Duration sessionTimeout;
    private ApplicationDraft draft;
    private @Nullable StepPage page;
    private Map<String, HasValidation> fields = new LinkedHashMap<>();
    private String title = "";
    private @Nullable List<Partnership> councilAreas;

    ApplyView(ApplicationService applications, PartnershipService partnerships, DraftService drafts,
              RateLimits rateLimits, Clock clock,
              @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
              @Value("${casereview.portal.session-warning:5m}") Duration sessionWarning) {
        this.applications = applications;
        this.partnerships = partnerships;
        this.drafts = drafts;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.draft = SessionDrafts.current();
        this.sessionTimeout = sessionTimeout;
        this.timeoutWarning = new SessionTimeoutWarning(sessionTimeout, sessionWarning, this::saveBeforeTimeout,
                this::endSession);
        addClassName("page");
        backLink.addClassName("back-link-holder");
        add(timeoutWarning, backLink, errorSummary, content);
        show(draft.step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A resume link, or another tab, may have put a different application in the session.
        ApplicationDraft inSession = SessionDrafts.current();
        LocalDate resumed = SessionDrafts.takeResumed();
        if (inSession != draft || resumed != null) {
            draft = inSession;
            show(draft.step);
        }
        if (resumed != null) {
            content.addComponentAtIndex(0, notice(t("resume.welcome", formatDate(resumed))));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // The wizard's pages -------------------------------------------------------------------------------------------

    void show(Step step) {
        draft.step = step;
        StepPage next = switch (step) {
            case COUNCIL_AREA -> new CouncilAreaPage(this);
            case WHO_IS_APPLYING -> new WhoIsApplyingPage(this);
            case VICTIM -> new VictimPage(this);
            case GROUP_MEMBERS -> new GroupMembersPage(this);
            case APPLICANT -> new ApplicantPage(this);
            case INCIDENTS -> new IncidentsPage(this);
            case PROBLEM -> new ProblemPage(this);
            case IMPACT -> new ImpactPage(this);
            case CONTACT -> new ContactPage(this);
            case CONSENT -> new ConsentPage(this, this::showConsentRefused);
            case CHECK_ANSWERS -> new CheckAnswersPage(this, this::submit);
        };
        page = next;
        fields = next.fields;
        Step previous = step.previous(draft);
        startPage(next.heading(), () -> {
            next.store();
            if (previous == null) {
                UI.getCurrent().navigate(StartView.class);
            } else {
                show(previous);
            }
        }, t("step.caption", step.number(draft), Step.count(draft)));
        content.add(next);
        hintsAboveFields(next.fields.values());
        if (next.hasContinue()) {
            Button continueButton = new Button(t("action.continue"), e -> continueFrom(step, next));
            continueButton.setId("continue");
            continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(actions(continueButton, saveDraftButton(next)));
        } else {
            content.add(actions(saveDraftButton(next)));
        }
        timeoutWarning.arm();
    }

    private void continueFrom(Step step, StepPage current) {
        current.store();
        List<ValidationProblem> problems = new ArrayList<>(current.pageProblems());
        problems.addAll(WizardChecks.check(step, draft, today(), locale()));
        if (showProblems(problems)) {
            return;
        }
        if (draft.returnToCheck) {
            Step incomplete = WizardChecks.firstIncomplete(draft, today(), locale());
            draft.returnToCheck = incomplete != Step.CHECK_ANSWERS;
            showWithProblems(incomplete);
        } else {
            show(step.next(draft));
        }
    }

    @Override
    public void change(Step step) {
        draft.returnToCheck = true;
        show(step);
    }

    @Override
    public void refresh() {
        show(draft.step);
    }

    private Button saveDraftButton(StepPage current) {
        Button save = new Button(t("draft.save-button"), e -> {
            current.store();
            showSaveDraft();
        });
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClassName("secondary-button");
        return save;
    }

    // Sending ------------------------------------------------------------------------------------------------------

    /** Opens a page, and if its answers are not complete yet (a step left by its back link), says what is wrong. */
    private void showWithProblems(Step step) {
        show(step);
        if (step != Step.CHECK_ANSWERS) {
            showProblems(WizardChecks.check(step, draft, today(), locale()));
        }
    }

    private void submit(Button submit) {
        Step incomplete = WizardChecks.firstIncomplete(draft, today(), locale());
        if (incomplete != Step.CHECK_ANSWERS) {
            // An answer was left wrong (through a back link): open its page with the problem beside the field.
            draft.returnToCheck = true;
            showWithProblems(incomplete);
            return;
        }
        List<ValidationProblem> problems = WizardChecks.check(Step.CHECK_ANSWERS, draft, today(), locale());
        if (!problems.isEmpty()) {
            submit.setEnabled(true);
            showProblems(problems);
            return;
        }
        RateLimits.Decision limit = rateLimits.attempt(RateLimits.Action.SUBMIT);
        if (!limit.allowed()) {
            submit.setEnabled(true);
            showProblems(List.of(new ValidationProblem("submit", t("limit.submit", limit.minutesToWait()))));
            return;
        }
        try {
            SubmittedApplication submitted = applications.submit(draft.toNewApplication(), "Applicant (online)");
            Partnership partnership = partnership();
            Long savedDraft = draft.savedDraftId;
            draft = SessionDrafts.startAgain();
            discardSavedDraft(savedDraft);
            showConfirmation(submitted, partnership);
        } catch (InvalidApplicationException e) {
            submit.setEnabled(true);
            showProblems(e.problems());
        } catch (RuntimeException e) {
            // The transaction rolled back: nothing was stored, the answers stay on the page, trying again is safe.
            log.error("An application could not be stored", e);
            submit.setEnabled(true);
            showProblems(List.of(new ValidationProblem("submit", t("check.submit.failed"))));
        }
    }

    private void discardSavedDraft(@Nullable Long savedDraft) {
        if (savedDraft == null) {
            return;
        }
        try {
            drafts.discard(savedDraft);
        } catch (RuntimeException e) {
            // The application is safe; the draft is deleted when it expires instead.
            log.warn("Saved draft {} not deleted after sending: {}", savedDraft, e.toString());
        }
    }

    private void showConfirmation(SubmittedApplication submitted, @Nullable Partnership partnership) {
        leaveStep();
        errorSummary.clear();
        backLink.removeAll();
        content.removeAll();
        InfoPages.confirmation(this, content, submitted, partnership);
        setPageTitle(t("confirmation.heading"));
        focusHeading();
    }

    /** The page on show is not one of the wizard's steps: no fields of a step to mark. */
    private void leaveStep() {
        page = null;
        fields = new LinkedHashMap<>();
    }

    // Other pages --------------------------------------------------------------------------------------------------

    private void showConsentRefused() {
        leaveStep();
        startPage(t("refused.heading"), () -> show(Step.CONSENT), null);
        InfoPages.consentRefused(this, content, partnership(), () -> show(Step.CONSENT));
    }

    /** "Save and come back later": the e-mail address for the link, then "your answers are saved". */
    void showSaveDraft() {
        Step returnTo = draft.step;
        leaveStep();
        startPage(t("draft.heading"), () -> show(returnTo), null);
        InfoPages.saveDraft(this, content, draft, email -> {
            draft.draftEmail = email;
            RateLimits.Decision limit = rateLimits.attempt(RateLimits.Action.SAVE_DRAFT);
            if (!limit.allowed()) {
                showProblems(List.of(new ValidationProblem("draftEmail",
                        t("limit.save-draft", limit.minutesToWait()))));
                return;
            }
            try {
                var receipt = drafts.save(draft.savedDraftId, email, DraftJson.write(draft), draft.partnershipCode,
                        locale());
                draft.savedDraftId = receipt.draftId();
                startPage(t("draft.saved.heading"), null, null);
                InfoPages.draftSaved(this, content, email.strip(), formatDate(receipt.deletedOn()),
                        () -> show(returnTo));
            } catch (InvalidApplicationException e) {
                showProblems(e.problems());
            } catch (RuntimeException e) {
                log.error("A draft could not be saved", e);
                showProblems(List.of(new ValidationProblem("draftEmail", t("draft.failed"))));
            }
        });
    }

    private void saveBeforeTimeout() {
        if (page != null) {
            page.store();
        }
        showSaveDraft();
    }

    /** No activity for the whole session: the answers held for it are deleted, and the resident is told. */
    private void endSession() {
        draft = SessionDrafts.startAgain();
        leaveStep();
        startPage(t("ended.heading"), null, null);
        InfoPages.sessionEnded(this, content, sessionTimeout.toMinutes(), () -> show(Step.COUNCIL_AREA));
    }

    // Shared parts of every page -----------------------------------------------------------------------------------

    /** Clears the page and starts a new one: a back link, the step caption, the heading (which takes focus). */
    private void startPage(String heading, @Nullable Runnable back, @Nullable String caption) {
        errorSummary.clear();
        backLink.removeAll();
        content.removeAll();
        if (back != null) {
            Button link = new Button(t("action.back"), e -> back.run());
            link.setId("back");
            link.addClassName("back-link");
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            backLink.add(link);
        }
        if (caption != null) {
            Span progress = new Span(caption);
            progress.setId("step-caption");
            progress.addClassName("caption");
            content.add(progress);
        }
        H1 heading1 = new H1(heading);
        heading1.setId("page-heading");
        heading1.getElement().setAttribute("tabindex", "-1");
        content.add(heading1);
        setPageTitle(heading);
        focusHeading();
    }

    private void setPageTitle(String heading) {
        title = t("page.title", heading);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    /** Moves focus to the new heading so that screen readers announce the page. */
    private void focusHeading() {
        content.getChildren().filter(c -> c.getId().filter("page-heading"::equals).isPresent()).findFirst()
                .or(() -> content.getChildren().flatMap(Component::getChildren)
                        .filter(c -> c.getId().filter("page-heading"::equals).isPresent()).findFirst())
                .ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }

    /** GOV.UK puts a question's hint under the question, before the answer. */
    static void hintsAboveFields(java.util.Collection<? extends HasValidation> fields) {
        fields.stream().filter(com.vaadin.flow.component.HasTheme.class::isInstance)
                .map(com.vaadin.flow.component.HasTheme.class::cast)
                .forEach(field -> field.addThemeName("helper-above-field"));
    }

    private static Div actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("actions");
        return actions;
    }

    private Div notice(String text) {
        Div notice = new Div(new Span(text));
        notice.setId("notice");
        notice.addClassName("notification-banner");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    /**
     * Marks each field with its message and lists them all, linked to the fields, in the error summary.
     *
     * @return whether there were any problems
     */
    @Override
    public boolean showProblems(List<ValidationProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        Map<String, String> summary = new LinkedHashMap<>();
        for (ValidationProblem problem : problems) {
            String anchor = anchorFor(problem.field());
            // A problem about a group of answers ("give at least one way to contact you") shows beside the field its
            // summary link goes to, unless that field has a problem of its own.
            HasValidation field = fields.getOrDefault(problem.field(), fields.get(anchor));
            if (field != null && (fields.containsKey(problem.field()) || !field.isInvalid())) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
            summary.putIfAbsent(anchor, problem.message());
        }
        if (summary.isEmpty()) {
            errorSummary.clear();
        } else {
            // GOV.UK: the title starts "Error:" while there are errors on the page.
            getUI().ifPresent(ui -> ui.getPage().setTitle(t("page.title.error", title)));
            errorSummary.show(summary);
        }
        return !problems.isEmpty();
    }

    private String anchorFor(String field) {
        if (fields.containsKey(field)) {
            return field;
        }
        String mapped = ANCHORS.get(field);
        if (mapped != null && fields.containsKey(mapped)) {
            return mapped;
        }
        if (field.startsWith("incidents[")) {
            return "incident-list";
        }
        if (field.startsWith("groupMembers[")) {
            return "member-list";
        }
        return field.equals("add-incident") || field.equals("add-member") || field.equals("submit")
                || field.equals("draftEmail") ? field : "page-heading";
    }

    // Wizard -------------------------------------------------------------------------------------------------------

    @Override
    public ApplicationDraft draft() {
        return draft;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DomainConfiguration.UK));
    }

    @Override
    public @Nullable Partnership partnership() {
        String code = draft.partnershipCode;
        return code == null ? null : councilAreas().stream().filter(p -> p.getCode().equals(code)).findFirst()
                .orElse(null);
    }

    @Override
    public List<Partnership> councilAreas() {
        if (councilAreas == null) {
            councilAreas = partnerships.councilAreas();
        }
        return councilAreas;
    }

    void registerField(String id, HasValidation field) {
        fields.put(id, field);
    }

    String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }

    String formatDate(@Nullable LocalDate date) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    // For the tests: the page on show, and the session warning.
    @Nullable StepPage currentPage() {
        return page;
    }

    SessionTimeoutWarning timeoutWarning() {
        return timeoutWarning;
    }
}
