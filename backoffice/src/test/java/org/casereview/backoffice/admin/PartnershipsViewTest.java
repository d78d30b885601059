package org.casereview.backoffice.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipChange;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PartnershipsViewTest extends KaribuTest {

    @Test
    void an_administrator_changes_the_wording_and_the_change_is_recorded() {
        signInFor("newark-admin", "newark-sherwood", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(PartnershipsView.class);
        @SuppressWarnings("unchecked")
        Select<Partnership> choice = _get(Select.class, spec -> spec.withId("partnership-choice"));
        assertThat(choice.getListDataView().getItems()).extracting(Partnership::getCode)
                .containsExactly("newark-sherwood");
        String before = _get(TextArea.class, spec -> spec.withId("partnership-not-met-wording")).getValue();

        _setValue(_get(TextArea.class, spec -> spec.withId("partnership-not-met-wording")),
                "Keep a diary of each incident and keep reporting it.");
        _click(_get(Button.class, spec -> spec.withId("save-partnership")));

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("1 setting changed"));
        @SuppressWarnings("unchecked")
        Grid<PartnershipChange> log = _get(Grid.class, spec -> spec.withId("partnership-changes"));
        assertThat(_size(log)).isGreaterThanOrEqualTo(1);
        PartnershipChange change = log.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(change.getField()).isEqualTo("Wording: threshold not met");
        assertThat(change.getOldValue()).isEqualTo(before);
        assertThat(change.getChangedBy()).contains("newark-admin");
    }

    @Test
    void an_administrator_sets_how_long_closed_cases_are_kept_and_the_change_is_recorded() {
        signInFor("sevenoaks-admin", "sevenoaks", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(PartnershipsView.class);
        var years = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("partnership-retention-years"));
        assertThat(years.getValue()).isEqualTo(6);

        _setValue(years, 30);
        _click(_get(Button.class, spec -> spec.withId("save-partnership")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("1 to 25 years"));

        _setValue(years, 7);
        _click(_get(Button.class, spec -> spec.withId("save-partnership")));
        @SuppressWarnings("unchecked")
        Grid<PartnershipChange> log = _get(Grid.class, spec -> spec.withId("partnership-changes"));
        PartnershipChange change = log.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(change.getField()).isEqualTo("Keep closed cases (years after closure)");
        assertThat(change.getNewValue()).isEqualTo("7");
        _setValue(years, 6);
        _click(_get(Button.class, spec -> spec.withId("save-partnership")));
    }

    @Test
    void a_policy_the_act_does_not_allow_is_refused_with_its_reason() {
        signIn("county-admin", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(PartnershipsView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("partnership-phone")), "01234 000000");
        var threshold = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Qualifying complaints needed (1 to 3)"));
        threshold.setValue(4);
        _click(_get(Button.class, spec -> spec.withId("save-partnership")));

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("no higher than three"));
    }
}
