package org.casereview.application;

/**
 * The kind of anti-social behaviour an incident was about. It names the problem for the threshold's "same or similar"
 * test, unless the applicant says an incident is the same problem as the others.
 */
public enum BehaviourType {
    NOISE("Noise"),
    ABUSE_OR_THREATS("Abuse, threats or harassment"),
    DAMAGE("Vandalism or damage to property"),
    DRINK_OR_DRUGS("Drinking, drug use or drug dealing"),
    GROUPS("Intimidating groups or gatherings"),
    VEHICLES("Vehicles, such as revving or dangerous driving"),
    RUBBISH("Rubbish, litter or fly-tipping"),
    ANIMALS("Animals, such as barking or fouling"),
    OTHER("Something else");

    private final String label;

    BehaviourType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
