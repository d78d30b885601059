package org.casereview.staff;

/** What the back office asks after a right password. */
public enum SecondStep {
    /** Nothing: the member of staff is signed in. */
    NONE,
    /** The code from their authenticator app. */
    CODE,
    /** One of their roles requires two-factor sign-in, which they have not set up: they set it up first. */
    SET_UP
}
