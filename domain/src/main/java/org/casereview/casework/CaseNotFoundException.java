package org.casereview.casework;

/**
 * No such case, or none this member of staff may see: the two are not told apart, so that staff of one partnership
 * do not learn which references exist in another.
 */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException() {
        super("There is no such case, or you do not have access to it");
    }
}
