package org.itup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, from a resource Maven fills in, so that it is right both in the jar and when tests run
 * from the class folders (where there is no jar manifest to read).
 */
final class Version {

	private static final String RESOURCE = "version.properties";

	private Version() {
	}

	static String current() {
		Properties properties = new Properties();
		try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties.getProperty("version", "unknown");
	}
}
