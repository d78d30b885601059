package org.casereview.portal.apply;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.time.Duration;

/**
 * Warns before the session ends for want of activity, and lets the resident carry on with one click (WCAG 2.2.1).
 *
 * <p>The timers run in the browser (there is no push connection to start them from the server): after
 * {@code timeout - warning} without a key press or click, the browser asks the server to open this dialog; after
 * {@code timeout}, to end the session, which deletes the answers held for it. Vaadin's heartbeat keeps the HTTP
 * session alive while the page is open, so the servlet's own {@code server.servlet.session.timeout} only ends
 * sessions whose page was closed.
 */
class SessionTimeoutWarning extends Div {

    private static final String ARM = """
            const el = this;
            const arm = () => {
              clearTimeout(el._warnTimer); clearTimeout(el._endTimer);
              el._warned = false;
              el._warnTimer = setTimeout(() => { el._warned = true; el.$server.warn(); }, $0);
              el._endTimer = setTimeout(() => el.$server.end(), $1);
            };
            if (!el._listening) {
              el._listening = true;
              let last = 0;
              const active = () => {
                const now = Date.now();
                if (!el._warned && now - last > 5000) { last = now; arm(); }
              };
              document.addEventListener('keydown', active, true);
              document.addEventListener('pointerdown', active, true);
            }
            arm();""";

    private final Duration timeout;
    private final Duration warning;
    private final Runnable onSave;
    private final Runnable onEnd;
    private final Dialog dialog = new Dialog();

    SessionTimeoutWarning(Duration timeout, Duration warning, Runnable onSave, Runnable onEnd) {
        this.timeout = timeout;
        this.warning = warning.compareTo(timeout) < 0 ? warning : timeout.dividedBy(2);
        this.onSave = onSave;
        this.onEnd = onEnd;
        setId("session-timeout");
        dialog.setId("session-timeout-dialog");
        dialog.setRole("alertdialog");
        // Modal to the eye (and to focus), but not to the server: the browser's "time is up" call comes from outside
        // the dialog and must still be heard while it is open.
        dialog.setModality(ModalityMode.VISUAL);
        dialog.setCloseOnOutsideClick(false);
        // Escape closes the dialog; like the button, that counts as wanting more time.
        dialog.addDialogCloseActionListener(e -> stay());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle(getTranslation("timeout.heading"));
        long minutes = Math.max(1, warning.toMinutes());
        dialog.add(new Paragraph(getTranslation("timeout.text", minutes)),
                new Paragraph(getTranslation("timeout.save-hint")));
        Button stay = new Button(getTranslation("timeout.stay"), e -> stay());
        stay.setId("stay-signed-in");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = new Button(getTranslation("timeout.save"), e -> {
            dialog.close();
            arm();
            onSave.run();
        });
        save.setId("timeout-save");
        // GOV.UK's secondary button: dark text on grey, readable on the dialog's grey footer.
        save.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        dialog.getFooter().add(save, stay);
        add(dialog);
        arm();
    }

    /** Starts the browser's timers again, from now. */
    void arm() {
        getElement().executeJs(ARM, timeout.minus(warning).toMillis(), timeout.toMillis());
    }

    @ClientCallable
    void warn() {
        dialog.open();
    }

    @ClientCallable
    void end() {
        dialog.close();
        // No more warnings on the "session ended" page, until the resident starts again.
        getElement().executeJs("clearTimeout(this._warnTimer); clearTimeout(this._endTimer); this._warned = true;");
        onEnd.run();
    }

    void stay() {
        dialog.close();
        arm();
    }

    boolean isWarningOpen() {
        return dialog.isOpened();
    }
}
