package org.casereview.backoffice.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The members of a panel as rows of name, role and agency, with rows to add and remove. Rows left empty are not
 * members. The count of agencies follows what is typed; the service decides whether it is enough.
 */
final class PanelSeatsEditor extends Div {

    private final String idPrefix;
    private final List<String> roleSuggestions;
    private final List<Row> rows = new ArrayList<>();
    private final Div rowBox = new Div();
    private final List<Consumer<List<PanelSeat>>> listeners = new ArrayList<>();
    private int nextIndex;

    /**
     * @param idPrefix the start of each field's id ("member" gives "member-name-0")
     * @param roleSuggestions roles offered in a list (any other can be typed); empty for a plain text field
     */
    PanelSeatsEditor(String idPrefix, String legend, List<String> roleSuggestions, List<PanelSeat> seats,
                     int emptyRows) {
        this.idPrefix = idPrefix;
        this.roleSuggestions = roleSuggestions;
        addClassName("seats");
        setId(idPrefix + "s");
        Paragraph heading = new Paragraph(legend);
        heading.addClassName("seats__legend");
        rowBox.addClassName("seats__rows");
        Button add = new Button("Add a member", e -> addRow(null));
        add.setId("add-" + idPrefix);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, rowBox, add);
        seats.forEach(this::addRow);
        for (int i = seats.size(); i < emptyRows; i++) {
            addRow(null);
        }
    }

    /** Runs whenever the members change, with the rows filled in so far. */
    void onChange(Consumer<List<PanelSeat>> listener) {
        listeners.add(listener);
        listener.accept(seats());
    }

    /** The rows with anything typed in them, as typed; the service checks each is complete. */
    List<PanelSeat> seats() {
        return rows.stream().map(Row::seat).filter(seat -> !(seat.name().isBlank() && seat.role().isBlank()
                && seat.agency().isBlank())).toList();
    }

    /** How many different agencies the rows name: the same count the service applies. */
    static long agencies(List<PanelSeat> seats) {
        return ReviewService.agencyCount(seats.stream().filter(seat -> !seat.agency().isBlank()).toList());
    }

    private void addRow(@Nullable PanelSeat seat) {
        Row row = new Row(nextIndex++, seat);
        rows.add(row);
        rowBox.add(row);
        changed();
    }

    private void changed() {
        List<PanelSeat> seats = seats();
        listeners.forEach(listener -> listener.accept(seats));
    }

    private final class Row extends Div {

        final TextField name = new TextField("Name");
        final TextField role = new TextField("Role");
        final ComboBox<String> roleChoice = new ComboBox<>("Role");
        final TextField agency = new TextField("Agency");

        Row(int index, @Nullable PanelSeat seat) {
            addClassName("seats__row");
            name.setId(idPrefix + "-name-" + index);
            name.setMaxLength(200);
            agency.setId(idPrefix + "-agency-" + index);
            agency.setMaxLength(120);
            for (TextField field : List.of(name, role, agency)) {
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.addValueChangeListener(e -> changed());
            }
            if (roleSuggestions.isEmpty()) {
                role.setId(idPrefix + "-role-" + index);
                role.setMaxLength(200);
                add(name, role, agency);
            } else {
                roleChoice.setId(idPrefix + "-role-" + index);
                roleChoice.setItems(roleSuggestions);
                roleChoice.setAllowCustomValue(true);
                roleChoice.addCustomValueSetListener(e -> roleChoice.setValue(e.getDetail()));
                roleChoice.addValueChangeListener(e -> changed());
                add(name, roleChoice, agency);
            }
            if (seat != null) {
                name.setValue(seat.name());
                role.setValue(seat.role());
                roleChoice.setValue(seat.role());
                agency.setValue(seat.agency());
            }
            Button remove = new Button("Remove", e -> {
                rows.remove(this);
                rowBox.remove(this);
                changed();
            });
            remove.setId(idPrefix + "-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove member " + (index + 1));
            add(remove);
        }

        PanelSeat seat() {
            String chosenRole = roleSuggestions.isEmpty() ? role.getValue()
                    : roleChoice.getValue() == null ? "" : roleChoice.getValue();
            return new PanelSeat(name.getValue().strip(), chosenRole.strip(), agency.getValue().strip());
        }
    }

    /** "3 agencies represented", with whether that is enough in words. */
    static Span count(long agencies, long required) {
        Span tag = new Span(agencies + (agencies == 1 ? " agency" : " agencies") + " represented"
                + (agencies >= required ? "" : ": at least " + required + " are needed"));
        tag.addClassNames("tag", agencies >= required ? "tag--counts" : "tag--not-counted");
        return tag;
    }
}
