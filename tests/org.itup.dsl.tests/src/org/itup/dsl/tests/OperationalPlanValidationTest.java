package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.dsl.validation.IssueCodes;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** An operational plan must follow its strategic plan's results chain; references must resolve there. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class OperationalPlanValidationTest {

	@Inject
	private PlanLoader loader;

	@TempDir
	Path temp;

	@Test
	void objectivesOfOtherSectorsAndOutputsOfOtherObjectivesAreErrors() throws IOException {
		Path operational = Files.writeString(temp.resolve("op.itup"), """
				operational plan itu2020-2021 for ITU-R year 2021
				implements itu2020
				objective T.1 { }
				objective R.1 {
					output R.2-1 { activity "Misplaced" }
				}
				""");

		List<PlanDiagnostic> diagnostics = diagnosticsOf(operational);

		assertEquals(List.of(
				new PlanDiagnostic(operational, 3, 11, 3, 14, Severity.ERROR, "Objective T.1 is not an objective of"
						+ " ITU-R, the sector of this operational plan: list only its own objectives.",
						IssueCodes.OBJECTIVE_OF_OTHER_SECTOR),
				new PlanDiagnostic(operational, 5, 9, 5, 14, Severity.ERROR, "Output R.2-1 is not an output of"
						+ " objective R.1: move it under its own objective.", IssueCodes.OUTPUT_OF_OTHER_OBJECTIVE)),
				diagnostics);
	}

	/** The operational plan's findings, loaded with the ITU example (whose own infos are another test's concern). */
	private List<PlanDiagnostic> diagnosticsOf(Path operational) {
		Path example = ProjectPaths.repositoryRoot().resolve("examples/itu-2020-2023");
		return loader.load(List.of(example, operational)).diagnostics()
				.stream().filter(d -> d.file().equals(operational.toAbsolutePath().normalize())).toList();
	}

	@Test
	void unknownCodesAreUnresolvedReferences() throws IOException {
		Path operational = Files.writeString(temp.resolve("op.itup"), """
				operational plan itu2020-2021 for ITU-R year 2021
				implements itu2020
				objective R.1 {
					output R.1-99 { }
				}
				""");

		List<PlanDiagnostic> diagnostics = diagnosticsOf(operational);

		assertEquals(1, diagnostics.size(), diagnostics::toString);
		assertEquals(4, diagnostics.get(0).line());
		assertEquals(Severity.ERROR, diagnostics.get(0).severity());
	}
}
