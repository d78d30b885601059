package org.casereview.portal.apply;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.ContactMethod;
import org.casereview.application.PlainText;
import org.casereview.portal.KaribuTest;
import org.casereview.portal.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.TODAY;
import static org.casereview.portal.apply.WizardDriver.click;
import static org.casereview.portal.apply.WizardDriver.heading;

/**
 * Bad input typed into every text field of every page of the wizard, for each kind of applicant (each asks different
 * questions): the wizard never fails, refuses what it cannot take with a message beside the field, keeps going with
 * the rest, shows every answer back as text (markup is never made into HTML) and stores nothing unclean.
 */
class BadInputWizardTest extends KaribuTest {

    /** Long, blank, control characters, right-to-left and its overrides, emoji, markup, broken UTF-16. */
    static final List<String> BAD = List.of(
            "y".repeat(4100),
            " \t ",
            "Ann\u0000e\u0007 Bell\u001b[0m",
            "\u202Eevil.exe\u202C مرحبا שלום",
            "🧕🏾 Amira 👨‍👩‍👧 🇬🇧",
            "<script>alert(1)</script><i onmouseover=x>hi</i> &lt;b&gt;",
            "\uDC00broken\uD800 pair");

    static Stream<Arguments> cases() {
        return Stream.of(ApplicantType.ON_BEHALF_OF_VICTIM, ApplicantType.ON_BEHALF_OF_GROUP,
                        ApplicantType.BUSINESS_OR_GROUP)
                .flatMap(type -> BAD.stream().map(bad -> Arguments.of(type, bad)));
    }

    @Autowired
    ApplicationService applications;

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    /** A right answer for a field the bad input was refused in, so that the wizard can go on. */
    static String valid(String id) {
        String field = id.toLowerCase();
        if (field.contains("email")) {
            return "resident@example.org";
        } else if (field.contains("phone")) {
            return "07700 900123";
        } else if (field.contains("postcode")) {
            return "ME19 4LZ";
        } else if (field.contains("contact")) {
            return "07700 900456";
        }
        return "Plain words";
    }

    static @Nullable LocalDate date(String id) {
        return switch (id) {
            case "occurredOn" -> TODAY.minusDays(10);
            case "reportedOn" -> TODAY.minusDays(9);
            case "timeframeEndsOn" -> TODAY.plusDays(5);
            default -> LocalDate.of(1980, 1, 1);
        };
    }

    static boolean shown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static <T extends Component> List<T> onPage(Class<T> type) {
        return _find(_get(ApplyView.class), type).stream().filter(BadInputWizardTest::shown).toList();
    }

    /** The option that opens the most questions: "other", then "yes", else the first. */
    static Object widest(List<?> items) {
        for (Object item : items) {
            if (item.toString().equals("OTHER")) {
                return item;
            }
        }
        return items.contains(Answer.YES) ? Answer.YES : items.getFirst();
    }

    /** Answers every choice on the page so that every question shows, then types {@code bad} into every text field. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void fillPage(String bad) {
        for (int round = 0; round < 3; round++) {
            for (RadioButtonGroup group : onPage(RadioButtonGroup.class)) {
                if (group.getValue() == null && !"applicantType".equals(group.getId().orElse(""))) {
                    _setValue(group, widest(group.getListDataView().getItems().toList()));
                }
            }
            for (Select select : onPage(Select.class)) {
                if (select.getValue() == null) {
                    _setValue(select, widest(select.getListDataView().getItems().toList()));
                }
            }
            for (Checkbox box : onPage(Checkbox.class)) {
                _setValue(box, true);
            }
            for (CheckboxGroup group : onPage(CheckboxGroup.class)) {
                if (((Set<?>) group.getValue()).isEmpty()) {
                    List<?> items = group.getListDataView().getItems().toList();
                    _setValue(group, "contactChannels".equals(group.getId().orElse(""))
                            ? Set.of(ContactMethod.EMAIL) : new java.util.HashSet<>(List.of(items.getFirst(), widest(items))));
                }
            }
            for (DatePicker picker : onPage(DatePicker.class)) {
                if (picker.getValue() == null) {
                    _setValue(picker, date(picker.getId().orElseThrow()));
                }
            }
        }
        onPage(TextField.class).forEach(field -> field.setValue(bad));
        onPage(TextArea.class).forEach(field -> field.setValue(bad));
        onPage(EmailField.class).forEach(field -> field.setValue(bad));
    }

    /**
     * Presses the button; where an answer is refused, checks it is said beside the field and in the summary, puts a
     * right answer there instead (the rest of the bad input stays) and presses again.
     */
    static List<String> pressUntilAccepted(String buttonId, List<String> refusals) {
        String before = heading();
        for (int attempt = 0; attempt < 4; attempt++) {
            click(buttonId);
            List<String> errors = _find(ErrorSummary.class).stream()
                    .flatMap(summary -> _find(summary, Anchor.class).stream()).map(Anchor::getText).toList();
            if (errors.isEmpty()) {
                return refusals;
            }
            refusals.addAll(errors);
            boolean fixed = false;
            for (Component field : onPage(Component.class)) {
                if (field instanceof HasValidation validated && validated.isInvalid() && field.getId().isPresent()) {
                    assertThat(validated.getErrorMessage()).isNotBlank();
                    String id = field.getId().get();
                    if (field instanceof TextField text) {
                        text.setValue(valid(id));
                    } else if (field instanceof TextArea area) {
                        area.setValue(valid(id));
                    } else if (field instanceof EmailField email) {
                        email.setValue(valid(id));
                    } else if (field instanceof Checkbox box) {
                        box.setValue(true);
                    }
                    fixed = true;
                }
            }
            assertThat(fixed).as("%s: refused, but no field says why: %s", before, errors).isTrue();
        }
        throw new AssertionError(before + " still refused: " + refusals);
    }

    @ParameterizedTest(name = "{0}: {index}")
    @MethodSource("cases")
    void bad_input_in_every_field_is_refused_beside_the_field_or_kept_as_text(ApplicantType type, String bad) {
        List<String> refusals = new ArrayList<>();
        WizardDriver.chooseCouncilArea("Sevenoaks");
        WizardDriver.choose("applicantType", type);
        for (int page = 0; page < 15 && !heading().startsWith("Check your answers"); page++) {
            fillPage(bad);
            if (!_find(Button.class, spec -> spec.withId("add-incident")).isEmpty()
                    && _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("incident-list")).stream()
                    .noneMatch(list -> list.getElement().getTextRecursively().contains("reported to"))) {
                pressUntilAccepted("add-incident", refusals);
            } else if (!_find(Button.class, spec -> spec.withId("add-member")).isEmpty()
                    && onPage(TextField.class).stream().anyMatch(f -> "memberName".equals(f.getId().orElse("")))
                    && _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("member-list")).stream()
                    .allMatch(list -> list.getElement().getTextRecursively().isBlank())) {
                pressUntilAccepted("add-member", refusals);
            }
            pressUntilAccepted("continue", refusals);
        }
        assertThat(heading()).startsWith("Check your answers");

        // Everything typed is shown back as text: no HTML component, and the answers as the resident typed them.
        assertThat(_find(Html.class)).isEmpty();
        String cleaned = PlainText.requiredLine(bad).strip();
        List<String> shownValues = _find(Span.class, spec -> spec.withClasses("summary-list__value")).stream()
                .map(Span::getText).toList();
        if (!cleaned.isBlank() && cleaned.length() <= 60) {
            assertThat(shownValues).as("answers on the check page").contains(cleaned);
        }
        if (bad.length() > 4000 || bad.isBlank()) {
            assertThat(refusals).as("what was refused").isNotEmpty();
        }

        click("submit");

        assertThat(heading()).isEqualTo("Application sent");
        Application stored = applications.byReference(WizardDriver.reference()).orElseThrow();
        List<String> texts = new ArrayList<>(List.of(stored.getApplicantName()));
        stored.getIncidents().forEach(incident -> texts.add(incident.getDescription()));
        if (stored.getGroupName() != null) {
            texts.add(stored.getGroupName());
        }
        assertThat(texts).allSatisfy(text -> assertThat(PlainText.requiredLines(text)).isEqualTo(text));
    }
}
