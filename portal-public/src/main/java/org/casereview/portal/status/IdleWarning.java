package org.casereview.portal.status;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Warns before an applicant's case closes for want of activity, and lets them carry on with one click (WCAG 2.2.1).
 * The server keeps the time (the domain's pass); the page asks it every {@link #POLL} while it is open. Asking does
 * not count as activity: only what the applicant does on the pages does.
 */
class IdleWarning extends Div {

    static final Duration POLL = Duration.ofSeconds(20);
    /** How long before the end the warning opens: time to read it and press the button. */
    static final Duration WARN_BEFORE = Duration.ofMinutes(2);

    private final Supplier<Duration> timeLeft;
    private final Runnable stay;
    private final Runnable ended;
    private final Dialog dialog = new Dialog();
    private @Nullable Registration polling;

    IdleWarning(Supplier<Duration> timeLeft, Runnable stay, Runnable ended) {
        this.timeLeft = timeLeft;
        this.stay = stay;
        this.ended = ended;
        setId("idle-warning");
        dialog.setId("idle-warning-dialog");
        dialog.setRole("alertdialog");
        dialog.setModality(ModalityMode.VISUAL);
        dialog.setCloseOnOutsideClick(false);
        // Escape closes it; like the button, that counts as wanting more time.
        dialog.addDialogCloseActionListener(e -> carryOn());
        add(dialog);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle(getTranslation("status.idle.heading"));
        dialog.add(new Paragraph(getTranslation("status.idle.text", Math.max(1, WARN_BEFORE.toMinutes()))));
        Button carryOn = new Button(getTranslation("status.idle.stay"), e -> carryOn());
        carryOn.setId("stay-signed-in");
        carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(carryOn);
        UI ui = attachEvent.getUI();
        ui.setPollInterval((int) POLL.toMillis());
        polling = ui.addPollListener(e -> check());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    /** What each poll does: open the warning near the end, end the session at the end. */
    void check() {
        Duration left = timeLeft.get();
        if (left.isZero() || left.isNegative()) {
            dialog.close();
            ended.run();
        } else if (left.compareTo(WARN_BEFORE) <= 0) {
            dialog.open();
        }
    }

    void carryOn() {
        dialog.close();
        stay.run();
    }

    boolean isOpen() {
        return dialog.isOpened();
    }
}
