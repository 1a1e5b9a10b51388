package org.itup.analysis.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A plan folder's monitoring settings: the status thresholds and the linkage weights, read from
 * {@value StatusThresholds#FILE_NAME} in the folder, each at its default when the file or the key is absent.
 */
public record MonitoringSettings(StatusThresholds thresholds, LinkageWeights weights) {

	public static final MonitoringSettings DEFAULTS = new MonitoringSettings(StatusThresholds.DEFAULTS,
			LinkageWeights.DEFAULTS);

	public static MonitoringSettings from(Properties properties) {
		return new MonitoringSettings(StatusThresholds.from(properties), LinkageWeights.from(properties));
	}

	/**
	 * Reads the folder's settings file, UTF-8.
	 *
	 * @throws IllegalArgumentException naming the file and the key when a value is bad
	 * @throws IOException              when the file exists but cannot be read
	 */
	public static MonitoringSettings read(Path folder) throws IOException {
		Path file = folder.resolve(StatusThresholds.FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return DEFAULTS;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		try {
			return from(properties);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
		}
	}
}
