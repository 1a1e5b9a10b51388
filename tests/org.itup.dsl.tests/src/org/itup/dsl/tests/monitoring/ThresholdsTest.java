package org.itup.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.itup.analysis.monitoring.LinkageWeights;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.ProgressStatus;
import org.itup.analysis.monitoring.StatusThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings a plan folder's itup-monitoring.properties may carry. */
class ThresholdsTest {

	private static Properties read(String text) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(text));
		return properties;
	}

	@Test
	void anEmptyFileKeepsTheDefaults() throws IOException {
		assertEquals(StatusThresholds.DEFAULTS, StatusThresholds.from(read("")));
		assertEquals(new StatusThresholds(0.95, 0.6, 0.05), StatusThresholds.DEFAULTS);
		assertEquals(new LinkageWeights(2, 1), LinkageWeights.from(read("")));
	}

	@Test
	void eachKeySetsItsThreshold() throws IOException {
		StatusThresholds read = StatusThresholds
				.from(read("status.onTrack = 0.9\nstatus.atRisk=0.5\nstatus.maintainTolerance=0.1\n"));
		assertEquals(new StatusThresholds(0.9, 0.5, 0.1), read);
		assertEquals(new StatusThresholds(0.95, 0.5, 0.05), StatusThresholds.from(read("status.atRisk=0.5")));
		assertEquals(new LinkageWeights(3, 0),
				LinkageWeights.from(read("budget.weight.primary=3\nbudget.weight.secondary=0")));
	}

	@Test
	void theCutOffsAreInclusiveFromBelow() {
		StatusThresholds t = StatusThresholds.DEFAULTS;
		assertEquals(ProgressStatus.ON_TRACK, t.classify(0.95));
		assertEquals(ProgressStatus.AT_RISK, t.classify(0.9499));
		assertEquals(ProgressStatus.AT_RISK, t.classify(0.6));
		assertEquals(ProgressStatus.OFF_TRACK, t.classify(0.5999));
		assertEquals(ProgressStatus.OFF_TRACK, t.classify(-2));
		assertEquals(ProgressStatus.ON_TRACK, t.classify(3));
	}

	@Test
	void aValueThatIsNotANumberIsNamedWithItsKey() throws IOException {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> StatusThresholds.from(read("status.onTrack=ninety")));
		assertEquals("status.onTrack=ninety: not a number", error.getMessage());
		error = assertThrows(IllegalArgumentException.class,
				() -> LinkageWeights.from(read("budget.weight.secondary=NaN")));
		assertEquals("budget.weight.secondary=NaN: not a number", error.getMessage());
	}

	@Test
	void contradictoryThresholdsAreRefused() throws IOException {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> StatusThresholds.from(read("status.atRisk=0.97")));
		assertEquals("status.atRisk=0.97 must lie between 0 and status.onTrack=0.95", error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> StatusThresholds.from(read("status.atRisk=-0.1")));
		assertThrows(IllegalArgumentException.class,
				() -> StatusThresholds.from(read("status.maintainTolerance=-1")));
		assertThrows(IllegalArgumentException.class, () -> LinkageWeights.from(read("budget.weight.primary=0")));
	}

	@Test
	void aPlanFolderWithoutSettingsFileHasTheDefaults(@TempDir Path folder) throws IOException {
		assertEquals(MonitoringSettings.DEFAULTS, MonitoringSettings.read(folder));
	}

	@Test
	void aPlanFoldersSettingsFileIsReadAndABadValueNamesTheFile(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("itup-monitoring.properties");
		Files.writeString(file, "status.onTrack=0.9\nbudget.weight.secondary=0.5\n");
		MonitoringSettings settings = MonitoringSettings.read(folder);
		assertEquals(new StatusThresholds(0.9, 0.6, 0.05), settings.thresholds());
		assertEquals(new LinkageWeights(2, 0.5), settings.weights());
		Files.writeString(file, "budget.weight.primary=two\n");
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> MonitoringSettings.read(folder));
		assertEquals(file + ": budget.weight.primary=two: not a number", error.getMessage());
	}
}
