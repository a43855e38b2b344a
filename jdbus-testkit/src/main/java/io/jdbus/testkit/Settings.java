package io.jdbus.testkit;

import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** What a test class asked for with {@link BusTest}: the defaults when it only says {@code @ExtendWith}. */
record Settings(Transport transport, boolean checkLeaks) {
    static final Settings DEFAULT = new Settings(Transport.UNIX, true);

    /** The settings of {@code testClass}: its own {@link BusTest} (direct, meta or inherited), else an enclosing class's. */
    static Settings of(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<BusTest> a = AnnotationSupport.findAnnotation(c, BusTest.class);
            if (a.isPresent()) {
                return new Settings(a.get().transport(), a.get().checkLeaks());
            }
        }
        return DEFAULT;
    }
}
