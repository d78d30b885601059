package org.casereview.portal.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasTheme;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import org.casereview.application.ValidationProblem;
import org.casereview.portal.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page of "Check your case", built as the application form's pages are: a back link, an error summary, a caption,
 * the heading (which takes focus and is the window's title), then the page. Every word comes from the message bundle;
 * everything a resident or a member of staff wrote is set as text.
 */
abstract class StatusPage extends Main implements HasDynamicTitle {

    static final int REFERENCE_MAX = 60;

    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div backLink = new Div();
    final Div content = new Div();
    /** The fields on the page by id: the ids are the domain's field names, so its problems land beside them. */
    final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private String title = "";

    StatusPage() {
        addClassNames("page", "status-page");
        backLink.addClassName("back-link-holder");
        add(backLink, errorSummary, content);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }

    /** A date as GOV.UK writes it: "2 March 2026". */
    String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    /** Clears the page and starts it again: back link, caption, heading (focused) and title. */
    void startPage(String heading, @Nullable String caption, @Nullable Class<? extends Component> back) {
        errorSummary.clear();
        backLink.removeAll();
        content.removeAll();
        fields.clear();
        if (back != null) {
            RouterLink link = new RouterLink(t("action.back"), back);
            link.setId("back");
            link.addClassName("back-link");
            backLink.add(link);
        }
        if (caption != null) {
            Span span = new Span(caption);
            span.setId("caption");
            span.addClassName("caption");
            content.add(span);
        }
        H1 h1 = new H1(heading);
        h1.setId("page-heading");
        h1.getElement().setAttribute("tabindex", "-1");
        content.add(h1);
        title = t("status.page.title", heading);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        // Screen readers announce the new page.
        h1.getElement().callJsFunction("focus");
    }

    /** A back link that runs an action on this page rather than going to another (a step of a two-step form). */
    void backTo(Runnable action) {
        backLink.removeAll();
        Button link = new Button(t("action.back"), e -> action.run());
        link.setId("back");
        link.addClassName("back-link");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        backLink.add(link);
    }

    Paragraph p(String key, Object... args) {
        return new Paragraph(t(key, args));
    }

    <F extends Component & HasValidation> F field(String id, F field) {
        field.setId(id);
        fields.put(id, field);
        if (field instanceof HasTheme themed) {
            // GOV.UK puts a question's hint under the question, before the answer.
            themed.addThemeName("helper-above-field");
        }
        return field;
    }

    /** "Your reference", as on every page that asks for it. */
    TextField referenceField() {
        TextField reference = field("reference", new TextField(t("check.reference.label")));
        reference.setHelperText(t("check.reference.hint"));
        reference.setMaxLength(REFERENCE_MAX + 20);
        reference.addClassName("width-20");
        reference.setAutocomplete(Autocomplete.OFF);
        return reference;
    }

    Button primary(String id, String key, Runnable action) {
        Button button = new Button(t(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static Div actions(Component... parts) {
        Div actions = new Div(parts);
        actions.addClassName("actions");
        return actions;
    }

    /** A blue box with a message that screen readers announce, such as "Your request has been sent". */
    Div notice(String text) {
        Div notice = new Div(new Span(text));
        notice.setId("notice");
        notice.addClassName("notification-banner");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    /**
     * Marks each field with its message and lists every message, linked to its field, in the error summary. A message
     * about no field in particular links to the heading.
     */
    void showProblems(List<ValidationProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        Map<String, String> summary = new LinkedHashMap<>();
        for (ValidationProblem problem : problems) {
            String id = fields.containsKey(problem.field()) ? problem.field() : anchorFor(problem.field());
            HasValidation field = fields.get(id);
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
            summary.putIfAbsent(id, problem.message());
        }
        if (summary.isEmpty()) {
            errorSummary.clear();
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(t("page.title.error", title)));
        errorSummary.show(summary);
    }

    void showProblem(String field, String message) {
        showProblems(List.of(new ValidationProblem(field, message)));
    }

    /** Where a problem about a group of answers links to; the heading if nothing on the page fits. */
    String anchorFor(String field) {
        return "page-heading";
    }
}
