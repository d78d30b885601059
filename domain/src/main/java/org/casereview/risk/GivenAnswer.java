package org.casereview.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One answer, with the question's words and weight as they were when it was asked. */
@Entity
@Table(name = "risk_answer")
@Immutable
public class GivenAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int position;
    private String code;
    private String question;
    private int weight;
    @Enumerated(EnumType.STRING)
    private RiskAnswer answer;

    protected GivenAnswer() {
        // for JPA
    }

    GivenAnswer(int position, String code, String question, int weight, RiskAnswer answer) {
        this.position = position;
        this.code = code;
        this.question = question;
        this.weight = weight;
        this.answer = answer;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }

    public int getWeight() {
        return weight;
    }

    public RiskAnswer getAnswer() {
        return answer;
    }
}
