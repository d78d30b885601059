package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.casereview.application.Application;
import org.casereview.application.CaseAction;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.review.CaseClosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The other ends of a case, on the case page and the review page alike: record that the applicant withdrew, close
 * the case with a reason, or reopen a closed case with a reason. Offered only where the case's state allows.
 */
final class CaseEnds {

    private CaseEnds() {
    }

    /** The buttons the state allows, for a member of staff who works cases. */
    static List<Button> buttons(CaseClosure closure, Application application, Set<CaseAction> allowed,
                                LongSupplier version, Runnable reload) {
        List<Button> buttons = new ArrayList<>();
        if (allowed.contains(CaseAction.REOPEN)) {
            Button reopen = new Button("Reopen the case", e -> dialog(closure, application, CaseAction.REOPEN,
                    version, reload).open());
            reopen.setId("reopen-case");
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(reopen);
        }
        if (allowed.contains(CaseAction.WITHDRAW)) {
            Button withdraw = new Button("Record withdrawal", e -> dialog(closure, application,
                    CaseAction.WITHDRAW, version, reload).open());
            withdraw.setId("record-withdrawal");
            buttons.add(withdraw);
        }
        if (allowed.contains(CaseAction.CLOSE)) {
            Button close = new Button("Close the case", e -> dialog(closure, application, CaseAction.CLOSE, version,
                    reload).open());
            close.setId("close-case");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(close);
        }
        return buttons;
    }

    /** "Closed on 4 Mar 2026. The reason. The case is read-only…", for a closed or withdrawn case. */
    static Component closedBanner(Application application) {
        Div banner = new Div();
        banner.setId("closed-banner");
        banner.addClassNames("banner", "banner--closed");
        banner.add(new Paragraph((application.getStatus() == org.casereview.application.ApplicationStatus.WITHDRAWN
                ? "Withdrawn" : "Closed") + " on " + Formats.date(application.getClosedOn())
                + (application.getCloseReason() == null ? "." : ". Reason: " + application.getCloseReason())));
        banner.add(new Paragraph("The case is read-only. To change anything, reopen it with a reason."));
        return banner;
    }

    private static ActionDialog dialog(CaseClosure closure, Application application, CaseAction action,
                                       LongSupplier version, Runnable reload) {
        long id = application.getId();
        TextArea reason = new TextArea(switch (action) {
            case WITHDRAW -> "How and why did the applicant withdraw?";
            case REOPEN -> "Why is the case reopened?";
            default -> "Why is the case closed?";
        });
        reason.setId("end-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        Paragraph explain = new Paragraph(switch (action) {
            case WITHDRAW -> "For an applicant who withdrew by phone, letter or e-mail. The case becomes read-only; "
                    + "it can be reopened if they change their mind.";
            case REOPEN -> "The case goes back to where it was when it was closed ("
                    + (application.getStatusBefore() == null ? "as it was"
                    : application.getStatusBefore().label().toLowerCase(java.util.Locale.UK)) + ").";
            default -> "The case becomes read-only. Use this when the case ends without a final review, for "
                    + "example when the applicant cannot be contacted.";
        });
        String title = switch (action) {
            case WITHDRAW -> "Record that the applicant withdrew";
            case REOPEN -> "Reopen " + application.getReference();
            default -> "Close " + application.getReference();
        };
        String button = switch (action) {
            case WITHDRAW -> "Record withdrawal";
            case REOPEN -> "Reopen";
            default -> "Close the case";
        };
        return new ActionDialog(title, button,
                () -> Feedback.attempt(() -> {
                    switch (action) {
                        case WITHDRAW -> closure.recordWithdrawal(id, version.getAsLong(), reason.getValue());
                        case REOPEN -> closure.reopen(id, version.getAsLong(), reason.getValue());
                        default -> closure.close(id, version.getAsLong(), reason.getValue());
                    }
                }, reload),
                () -> {
                    Feedback.saved(switch (action) {
                        case WITHDRAW -> "Withdrawal recorded";
                        case REOPEN -> "Case reopened";
                        default -> "Case closed";
                    });
                    reload.run();
                }).keepOpenOnConflict().with(explain, reason);
    }
}
