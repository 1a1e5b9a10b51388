package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The loader parses files on several threads; what it builds must not show it. Over repeated loads of a plan in
 * many files, some of them broken, the resources are in the files' order, all belong to the loader's resource set,
 * every reference across files resolves, and the diagnostics (among them hundreds of overlap notes, as the sectors'
 * results are worded alike) are the same every time.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class ParallelLoadingTest {

	private static final int SECTORS = 40;

	@Inject
	private PlanLoader loader;

	@TempDir
	Path folder;

	@Test
	void loadsOfManyFilesAreAlikeAndInFileOrder() throws Exception {
		writePlan();
		List<PlanDiagnostic> first = null;
		for (int round = 0; round < 5; round++) {
			LoadedPlans loaded = loader.load(List.of(folder));
			List<Path> parsed = loaded.files().stream().filter(file -> !file.getFileName().toString().startsWith("x"))
					.toList();
			List<Resource> resources = loaded.resourceSet().getResources();
			assertEquals(parsed.stream().map(file -> URI.createFileURI(file.toAbsolutePath().normalize().toString())).toList(),
					resources.stream().map(Resource::getURI).toList());
			resources.forEach(resource -> assertSame(loaded.resourceSet(), resource.getResourceSet()));
			assertTrue(EcoreUtil.ProxyCrossReferencer.find(loaded.resourceSet()).isEmpty());
			assertEquals(SECTORS + 2, loaded.plans().size(), "plan p in its files, and plan r");
			first = first == null ? loaded.diagnostics() : first;
			assertEquals(first, loaded.diagnostics(), "round " + round);
		}
		assertEquals(List.of("EmptyFile", "NotUtf8", "Syntax"),
				first.stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
						.map(diagnostic -> diagnostic.code().substring(diagnostic.code().lastIndexOf('.') + 1)).toList());
	}

	/** A main file with goals, a file per sector whose objective links to a goal, and three broken files. */
	private void writePlan() throws Exception {
		Files.writeString(folder.resolve("a-plan.itup"), """
				plan p "Plan"
				goal 1 "Growth" { target 1.1 "More" { by 2027 qualitative } }
				""");
		for (int sector = 1; sector <= SECTORS; sector++) {
			Files.writeString(folder.resolve("s%02d.itup".formatted(sector)), """
					plan p
					sector S%1$d "Sector %1$d" {
					    objective S%1$d.1 "Objective" {
					        primary goal 1
					        outcome S%1$d.1-a "Outcome %1$d" { indicator "Count" { unit "count" } }
					        output S%1$d.1-1 "Output %1$d"
					    }
					    enabler S%1$d-E "Staff" { supports all activity "Training" }
					}
					""".formatted(sector));
		}
		Files.writeString(folder.resolve("x-empty.itup"), "// nothing yet\n");
		Files.write(folder.resolve("x-latin1.itup"),
				"plan q\ngoal 1 \"Caf\u00e9\" {}\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(folder.resolve("y-syntax.itup"), "plan r\ngoal 1 \"Growth\" { target }\n");
	}
}
