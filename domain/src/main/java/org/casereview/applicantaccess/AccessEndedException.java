package org.casereview.applicantaccess;

/** The applicant's session has ended (signed out, or no activity for too long): they must prove who they are again. */
public class AccessEndedException extends RuntimeException {

    public AccessEndedException() {
        super("The applicant's session has ended");
    }
}
