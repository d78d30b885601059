package org.casereview.portal.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantCase;
import org.casereview.applicantaccess.ApplicantCases;
import org.casereview.application.ValidationProblem;
import org.casereview.review.SecondStageReview;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Asking for a second-stage review: what it is about and why, then "check your request", then it is sent and shows on
 * the case. Offered only while the case's state allows one (a decision or an outcome, and none waiting).
 */
@Route("check/case/second-stage")
@AnonymousAllowed
public class SecondStageView extends CasePage {

    static final int REASONS_MAX = 10_000;

    private SecondStageReview.@Nullable About about;
    private String reasons = "";
    private ApplicantCase seen;

    SecondStageView(ApplicantAccess access, ApplicantCases cases) {
        super(access, cases);
    }

    @Override
    void enter(BeforeEnterEvent event, ApplicantCase seen) {
        this.seen = seen;
        if (!seen.secondStageAllowed()) {
            startPage(t("second-stage.heading"), t("status.caption", seen.reference()), CaseStatusView.class);
            content.add(p(seen.waitingSecondStage() != null ? "second-stage.already" : "second-stage.not-yet"),
                    new RouterLink(t("status.back-to-case"), CaseStatusView.class));
            return;
        }
        showForm();
    }

    private void showForm() {
        startPage(t("second-stage.heading"), t("status.caption", seen.reference()), CaseStatusView.class);
        RadioButtonGroup<SecondStageReview.About> aboutField = field("about",
                new RadioButtonGroup<SecondStageReview.About>(t("second-stage.about.label")));
        aboutField.setItems(SecondStageReview.About.values());
        aboutField.setItemLabelGenerator(value -> t("second-stage.about." + value.name()));
        aboutField.addClassName("stacked");
        aboutField.setValue(about);
        TextArea reasonsField = field("reasons", new TextArea(t("second-stage.reasons.label")));
        reasonsField.setHelperText(t("second-stage.reasons.hint"));
        reasonsField.setMaxLength(REASONS_MAX + 50);
        reasonsField.setValue(reasons);
        content.add(p("second-stage.intro"), p("second-stage.panel"), aboutField, reasonsField,
                actions(primary("continue", "action.continue", () -> {
                    about = aboutField.getValue();
                    reasons = reasonsField.getValue();
                    check();
                })));
    }

    private void check() {
        List<ValidationProblem> problems = new ArrayList<>();
        if (about == null) {
            problems.add(new ValidationProblem("about", t("second-stage.about.required")));
        }
        if (reasons.isBlank()) {
            problems.add(new ValidationProblem("reasons", t("second-stage.reasons.required")));
        } else if (reasons.strip().length() > REASONS_MAX) {
            problems.add(new ValidationProblem("reasons", t("second-stage.reasons.tooLong", REASONS_MAX)));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        showCheck();
    }

    /** "Check your request before sending it", with a way back to change it. */
    private void showCheck() {
        startPage(t("second-stage.check.heading"), t("status.caption", seen.reference()), null);
        backTo(this::showForm);
        SummaryRows summary = new SummaryRows(t("second-stage.change"), this::showForm);
        summary.row(t("second-stage.check.about"), t("second-stage.about." + java.util.Objects.requireNonNull(about)
                .name()), t("second-stage.about.label"));
        summary.row(t("second-stage.check.reasons"), reasons.strip(), t("second-stage.reasons.label"));
        content.add(summary, p("second-stage.check.declaration"),
                actions(primary("send-request", "second-stage.send", this::send)));
    }

    private void send() {
        whileSignedIn(() -> {
            try {
                cases.askForSecondStage(pass, java.util.Objects.requireNonNull(about), reasons);
            } catch (ActionRefusedException e) {
                // The case moved on since the form was opened (staff recorded a request, or closed it).
                showProblem("page-heading", t("second-stage.refused"));
                return;
            }
            showSent();
        });
    }

    private void showSent() {
        startPage(t("second-stage.sent.heading"), t("status.caption", seen.reference()), null);
        // GOV.UK's confirmation panel holds the page's heading.
        Component heading = content.getChildren().filter(c -> c.getId().filter("page-heading"::equals).isPresent())
                .findFirst().orElseThrow();
        Div panel = new Div(heading, p("second-stage.sent.panel"));
        panel.setId("request-sent");
        panel.addClassName("confirmation-panel");
        RouterLink back = new RouterLink(t("status.back-to-case"), CaseStatusView.class);
        back.setId("back-to-case");
        content.add(panel, p("second-stage.sent.next"), p("second-stage.sent.letter"), back);
    }
}
