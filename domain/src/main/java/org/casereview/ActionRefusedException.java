package org.casereview;

/**
 * A member of staff asked for something the rules do not allow (deciding before acknowledging, a reason missing, a
 * role their account does not have in that area). The message says why in words meant for them; nothing was saved.
 */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String message) {
        super(message);
    }
}
