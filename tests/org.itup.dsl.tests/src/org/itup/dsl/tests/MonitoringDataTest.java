package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Monitoring data from spreadsheets: a monitoring file names CSV files whose rows join the load as measurements, and
 * every problem in them is an error at the CSV line and column, through the loader every shell uses.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class MonitoringDataTest {

	private static final String PLAN = """
			plan p "P" period 2020 to 2023
			goal 1 "Growth" {
			    target 1.1 "Households online" {
			        by 2023 level 65 "%"
			        indicator HH "Households online" { unit "%" baseline 2019 value 54 target 65 by 2023 }
			    }
			}
			""";

	@Inject
	private PlanLoader loader;

	@TempDir
	Path folder;

	@BeforeEach
	void writePlan() throws Exception {
		Files.writeString(folder.resolve("plan.itup"), PLAN);
	}

	@Test
	void rowsOfADataFileAreMeasurementsOfThePlan() throws Exception {
		Files.writeString(folder.resolve("monitoring.itup"), "monitoring of p\ndata \"progress.csv\"\n"
				+ "measured 1.1 in 2021 value 57 \"%\"\n");
		Files.writeString(folder.resolve("progress.csv"), "Code,Period,Value,Unit,Source,Note\r\n"
				+ "HH,2021,57.5,%,\"Survey, wave 2\",\"said \"\"provisional\"\"\"\r\n"
				+ "HH,2022-Q3,-0.5,,,\r\n\r\n");
		LoadedPlans loaded = loader.load(List.of(folder));
		assertEquals(List.of(), errors(loaded));
		List<Measurement> fromCsv = loaded.monitoringFiles().stream().flatMap(m -> m.getMeasurements().stream())
				.filter(m -> m.getSubject().getName().equals("HH")).toList();
		assertEquals("2021=57.5 Survey, wave 2 said \"provisional\"; 2022-Q3=-0.5 null null",
				fromCsv.stream().map(m -> m.getPeriod() + "=" + m.getValue().toPlainString() + " " + m.getSource()
						+ " " + m.getNote()).collect(Collectors.joining("; ")));
		MonitoringFile data = loaded.monitoringFiles().get(1);
		assertEquals("p", data.getPlan().getName());
	}

	@Test
	void everyBadCellIsAnErrorAtItsLineAndColumn() throws Exception {
		Files.writeString(folder.resolve("monitoring.itup"), "monitoring of p\ndata \"progress.csv\"\n"
				+ "measured HH in 2021 value 57\n");
		Files.writeString(folder.resolve("progress.csv"), """
				code,period,value,unit
				XX,2021,1,%
				HH,2022-13,1,%
				HH,2022,many,%
				HH,2022,60,percent
				HH,2021,58,%
				HH,2022,61,%
				""");
		assertEquals(List.of(
				"progress.csv:2:1 There is no target or indicator with the code 'XX' in plan p.",
				"progress.csv:3:4 '2022-13' is not a period: write 2022, 2022-Q3, 2022-07 or 2020-2021.",
				"progress.csv:4:9 'many' is not a number: write it with a decimal point and no thousands separator, e.g. 1250.5.",
				"progress.csv:5:12 The value of 'HH' is in \"percent\" but the plan measures it in \"%\".",
				"progress.csv:6:4 'HH' already has a value for 2021 in the plan's monitoring data: keep one value per period."),
				errors(loader.load(List.of(folder))));
	}

	@Test
	void aMissingDataFileIsAnErrorAtItsDataLine() throws Exception {
		Files.writeString(folder.resolve("monitoring.itup"), "monitoring of p\n  data \"missing.csv\"\n");
		List<String> errors = errors(loader.load(List.of(folder)));
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(true, errors.get(0).startsWith("monitoring.itup:2:8 The data file 'missing.csv' cannot be read "
				+ "(there is no such file at "), errors.get(0));
	}

	@Test
	void aHeaderWithoutTheNeededColumnsAndAnOpenQuote() throws Exception {
		Files.writeString(folder.resolve("monitoring.itup"), "monitoring of p\ndata \"a.csv\"\ndata \"b.csv\"\n");
		Files.writeString(folder.resolve("a.csv"), "code,year,value\nHH,2021,5\n");
		Files.writeString(folder.resolve("b.csv"), "code,period,value\nHH,2021,\"5\n");
		assertEquals(List.of(
				"a.csv:1:1 The header has no 'period' column: it needs code, period and value.",
				"a.csv:1:6 The column 'year' is not one of code, date, note, period, source, unit, value: correct the header.",
				"b.csv:2:9 A quote opened here is never closed: no row of this file is taken into account."),
				errors(loader.load(List.of(folder))));
	}

	@Test
	void aValueStatedInTwoMonitoringFilesIsAnErrorInTheLaterOne() throws Exception {
		Files.writeString(folder.resolve("m1.itup"), "monitoring of p\nmeasured HH in 2021 value 57\n");
		Files.writeString(folder.resolve("m2.itup"), "monitoring of p\nmeasured HH in 2021 value 58\n");
		assertEquals(List.of("m2.itup:2:16 'HH' already has a value for 2021 in m1.itup: keep one value per period."),
				errors(loader.load(List.of(folder))));
	}

	private static List<String> errors(LoadedPlans loaded) {
		return loaded.diagnostics().stream().filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR)
				.map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.message()).toList();
	}
}
