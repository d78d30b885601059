package org.casereview.threshold;

/** When the working days for the decision letter start to run. */
public enum DecisionClock {
    /** From the day the application was received (Bassetlaw, Newark & Sherwood: "25 working days from receipt"). */
    RECEIPT,
    /** From the day it was acknowledged (Kent: "no later than 25 working days since the application was acknowledged"). */
    ACKNOWLEDGEMENT
}
