package org.casereview.portal.apply;

import com.vaadin.flow.component.datepicker.DatePicker;

/** A date picker that can tell the form when what was typed is not a date at all ("31 February", "next week"). */
class DateField extends DatePicker {

    DateField(String label) {
        super(label);
    }

    boolean hasUnparsableInput() {
        return isInputUnparsable();
    }
}
