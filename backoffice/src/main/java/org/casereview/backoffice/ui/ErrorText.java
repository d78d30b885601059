package org.casereview.backoffice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * An error message for an answer that is not one field (the list of incidents, the people in a group), shown where
 * that answer is, in the same style and by the same {@link ErrorSummary} as a field's own message.
 */
public class ErrorText extends Paragraph implements HasValidation {

    private String message = "";

    public ErrorText(String id) {
        setId(id);
        addClassName("error-text");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message = errorMessage == null ? "" : errorMessage;
        setText(message);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
