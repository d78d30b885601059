package org.casereview.personaldata;

import java.util.List;

/**
 * A part of what a case holds, as the subject access document shows it: "Applicant", "Incidents", "Messages sent".
 * A section is a list of records (one incident, one message), each a list of labelled values.
 */
public record HeldSection(String title, List<HeldRecord> records) {

    public HeldSection {
        records = List.copyOf(records);
    }

    /** A section of a single record. */
    public static HeldSection of(String title, List<HeldField> fields) {
        return new HeldSection(title, List.of(new HeldRecord("", fields)));
    }

    /** One thing held: an incident, a message, an entry in the history. */
    public record HeldRecord(String heading, List<HeldField> fields) {

        public HeldRecord {
            fields = List.copyOf(fields);
        }

        @Override
        public String toString() {
            return "HeldRecord[" + fields.size() + " fields]";
        }
    }

    /** One value held, with the words that say what it is. */
    public record HeldField(String label, String value) {

        /** The label only: the value is personal data. */
        @Override
        public String toString() {
            return "HeldField[" + label + "]";
        }
    }

    @Override
    public String toString() {
        return "HeldSection[" + title + ", " + records.size() + " records]";
    }
}
