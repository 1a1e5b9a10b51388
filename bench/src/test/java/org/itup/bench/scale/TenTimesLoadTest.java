package org.itup.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.OperationalPlan;
import org.itup.model.Plan;
import org.itup.model.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 10x plans load clean, and their references cross files and plans as the scaled set intends. */
class TenTimesLoadTest {

	@TempDir
	static Path folder;

	static ScaledPlans.Written written;

	static LoadedPlans loaded;

	@BeforeAll
	static void load() throws IOException {
		written = ScaledPlans.write(10, 71, folder);
		loaded = PlanLoader.standalone().load(List.of(folder));
	}

	@Test
	void loadsWithoutErrorsOrWarnings() {
		assertEquals(written.files().size(), loaded.files().size());
		assertEquals(0, loaded.count(Severity.ERROR), () -> loaded.diagnostics().toString());
		assertEquals(0, loaded.count(Severity.WARNING), () -> loaded.diagnostics().toString());
		assertEquals(10, written.plans().size());
	}

	@Test
	void sectorFilesLinkTheGoalsOfTheirMainFile() {
		Plan sectorPart = part(written.plans().get(0), "-r.itup");
		Objective objective = sectorPart.getSectors().get(0).getObjectives().get(0);
		Goal goal = objective.getPrimaryGoals().get(0);
		assertFalse(goal.eIsProxy());
		assertNotSame(sectorPart.eResource(), goal.eResource());
		assertEquals(sectorPart.getName(), ((Plan) goal.eContainer()).getName());
	}

	@Test
	void laterPlansImportAndSupportTheirPredecessor() {
		ScaledPlan later = written.plans().stream().filter(plan -> plan.predecessor() != null).findFirst()
				.orElseThrow();
		Plan interSectoral = part(later, PlanImports.IMPORTING_FILE);
		assertEquals(later.predecessor(), interSectoral.getImports().get(0).getPlan().getName());
		Enabler enabler = interSectoral.getSectors().get(0).getEnablers().get(0);
		Objective carriedOver = enabler.getSupportedObjectives().get(enabler.getSupportedObjectives().size() - 1);
		assertFalse(carriedOver.eIsProxy());
		assertEquals("I.1", carriedOver.getName());
		assertEquals(later.predecessor(), ((Plan) carriedOver.eContainer().eContainer()).getName());
	}

	@Test
	void operationalPlansReferToTheirSectorsObjectivesAndOutputs() {
		List<OperationalPlan> operational = loaded.operationalPlans();
		assertTrue(operational.size() >= 5, "operational plans: " + operational.size());
		for (OperationalPlan plan : operational) {
			Sector sector = plan.getSector();
			assertFalse(sector.eIsProxy());
			assertEquals(plan.getStrategicPlan().getName(), ((Plan) sector.eContainer()).getName());
			assertEquals(sector.getObjectives().size(), plan.getObjectives().size());
			plan.getObjectives().forEach(objective -> assertFalse(objective.getOutputs().isEmpty()));
		}
	}

	private static Plan part(ScaledPlan plan, String fileNameEnd) {
		return loaded.plans().stream()
				.filter(part -> part.eResource().getURI().path().contains("/" + plan.folder() + "/"))
				.filter(part -> part.eResource().getURI().lastSegment().endsWith(fileNameEnd)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + fileNameEnd + " in " + plan.folder()));
	}
}
