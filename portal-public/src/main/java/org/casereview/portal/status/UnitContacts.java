package org.casereview.portal.status;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.casereview.partnership.Partnership;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Every council area's Community Safety Unit, behind a "Contact details for each council" summary: the pages before
 * the applicant has opened their case cannot say which unit is theirs without saying whether a reference exists.
 */
final class UnitContacts {

    private UnitContacts() {
    }

    static Details of(List<Partnership> partnerships, BiFunction<String, Object[], String> t) {
        Div units = new Div();
        for (Partnership partnership : partnerships) {
            units.add(new H3(t.apply("check.unit.name", new Object[] {partnership.getName()})),
                    new Paragraph(t.apply("check.unit.phone", new Object[] {partnership.getCsuPhone()})),
                    new Paragraph(t.apply("check.unit.email", new Object[] {partnership.getCsuEmail()})));
        }
        Details details = new Details(t.apply("check.unit.summary", new Object[0]), units);
        details.setId("unit-contacts");
        return details;
    }
}
