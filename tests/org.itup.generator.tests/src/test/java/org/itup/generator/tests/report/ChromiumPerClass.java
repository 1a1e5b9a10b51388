package org.itup.generator.tests.report;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Fills a test class's static {@link Browser} field with one headless Chromium ({@link Chromium#start()}) before the
 * class's own set-up, and quits it after the class's last test, whatever failed: each browser test class had its
 * own copy of that start and quit.
 */
final class ChromiumPerClass implements BeforeAllCallback, AfterAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) throws IllegalAccessException {
		for (Field field : browserFields(context)) {
			field.set(null, Chromium.start());
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IllegalAccessException {
		for (Field field : browserFields(context)) {
			if (field.get(null) instanceof ChromeDriver driver) {
				driver.quit();
			}
			field.set(null, null);
		}
	}

	private static List<Field> browserFields(ExtensionContext context) {
		List<Field> fields = Arrays.stream(context.getRequiredTestClass().getDeclaredFields())
				.filter(field -> field.isAnnotationPresent(Browser.class)).toList();
		for (Field field : fields) {
			if (!Modifier.isStatic(field.getModifiers()) || field.getType() != ChromeDriver.class) {
				throw new IllegalStateException("@Browser marks a static ChromeDriver field, not " + field);
			}
			field.setAccessible(true);
		}
		return fields;
	}
}
