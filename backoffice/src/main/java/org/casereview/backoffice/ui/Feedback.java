package org.casereview.backoffice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.casereview.ActionRefusedException;
import org.casereview.application.CaseChangedException;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.ValidationProblem;
import org.springframework.security.access.AccessDeniedException;

import java.util.stream.Collectors;

/**
 * Runs a change and tells the member of staff how it went: done, refused (and why), or refused because someone else
 * saved the case first, with a way to reload it. Nothing here decides anything; the services do.
 */
public final class Feedback {

    private Feedback() {
    }

    /** How a change went. */
    public enum Outcome {
        SAVED,
        /** Refused with a reason the member of staff can put right: a form stays open. */
        REFUSED,
        /** Someone else saved the case first: a form should close, the case is to be reloaded. */
        CONFLICT;

        public boolean saved() {
            return this == SAVED;
        }
    }

    /**
     * @param reload shows the case as it is now; offered when someone else changed it first
     */
    public static Outcome attempt(Runnable change, Runnable reload) {
        try {
            change.run();
            return Outcome.SAVED;
        } catch (CaseChangedException e) {
            conflict(e.getMessage(), reload);
            return Outcome.CONFLICT;
        } catch (ActionRefusedException e) {
            error(e.getMessage());
        } catch (InvalidApplicationException e) {
            error(e.problems().stream().map(ValidationProblem::message).collect(Collectors.joining(". ")) + ".");
        } catch (AccessDeniedException e) {
            error("You do not have permission to do that.");
        }
        return Outcome.REFUSED;
    }

    public static void saved(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void conflict(String message, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Someone else changed this case");
        dialog.addClassName("conflict-dialog");
        dialog.add(new Paragraph(message));
        Button reloadButton = new Button("Reload the case", e -> {
            dialog.close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reloadButton.setId("reload-case");
        dialog.getFooter().add(reloadButton);
        dialog.open();
    }
}
