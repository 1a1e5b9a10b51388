package org.itup.generator.tests.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/** The static {@code ChromeDriver} field of a browser test class: started and quit by {@link ChromiumPerClass}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumPerClass.class)
@interface Browser {
}
