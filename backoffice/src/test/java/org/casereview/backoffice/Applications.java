package org.casereview.backoffice;

import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Applications for the back office's tests, as intake would store them. */
@Component
public class Applications {

    private final ApplicationService applications;

    Applications(ApplicationService applications) {
        this.applications = applications;
    }

    public static LocalDate today() {
        return LocalDate.now(DomainConfiguration.UK);
    }

    /** Received today by {@code channel}; one incident per entry of {@code daysAgo}, reported that many days ago. */
    public Application apply(String partnership, Channel channel, String name, @Nullable String email,
                             int... daysAgo) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<NewApplication.NewIncident> incidents = new ArrayList<>();
        for (int i = 0; i < daysAgo.length; i++) {
            incidents.add(new NewApplication.NewIncident(today().minusDays(daysAgo[i] + 1L),
                    today().minusDays(daysAgo[i]), Agency.POLICE, null, "POL-" + i + "-" + tag,
                    "Youths kicking a football at the windows, time " + (i + 1)));
        }
        var submitted = applications.submit(new NewApplication(partnership, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, "2 Mill Lane", "ME19 4LZ", "07700 900123", email),
                email == null ? ContactMethod.PHONE : ContactMethod.EMAIL, true, incidents, null), "Test intake");
        return applications.byReference(submitted.reference()).orElseThrow();
    }

    public Application reload(Application application) {
        return applications.details(application.getId()).orElseThrow();
    }
}
