package org.casereview.portal.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.casereview.portal.ui.ErrorSummary;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** Uses the "Check your case" pages as an applicant would, by the ids of their fields, buttons and links. */
final class StatusDriver {

    private StatusDriver() {
    }

    static String heading() {
        return _get(H1.class, spec -> spec.withId("page-heading")).getText();
    }

    /** Everything the page says, as text; a message missing from the bundle fails the test. */
    static String pageText() {
        return withEveryMessage(_get(StatusPage.class).getElement().getTextRecursively());
    }

    static String textOf(String id) {
        return withEveryMessage(_get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively());
    }

    /** Vaadin shows a key it cannot find as "!en: key". */
    private static String withEveryMessage(String text) {
        if (text.contains("!en") || text.contains("!{") || text.contains("!:")) {
            throw new AssertionError("A message is missing from the bundle: " + text);
        }
        return text;
    }

    static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    static void type(String id, String value) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        switch (field) {
            case TextField text -> _setValue(text, value);
            case EmailField email -> _setValue(email, value);
            case TextArea area -> _setValue(area, value);
            default -> throw new IllegalArgumentException(id + " is not a text field");
        }
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** Follows a link as the browser would: to the link's route. */
    static void follow(String id) {
        RouterLink link = _get(RouterLink.class, spec -> spec.withId(id));
        UI.getCurrent().navigate(link.getHref());
    }

    static List<String> errorSummary() {
        ErrorSummary summary = _get(ErrorSummary.class);
        return summary.isVisible() ? _find(summary, Anchor.class).stream().map(Anchor::getText).toList() : List.of();
    }

    static String errorBeside(String id) {
        HasValidation field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    static Class<? extends Component> currentView() {
        return _get(Main.class).getClass();
    }
}
