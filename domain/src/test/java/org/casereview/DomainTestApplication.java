package org.casereview;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain on its own, as the applications use it, for its integration tests. */
@SpringBootApplication
public class DomainTestApplication {
}
