package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.itup.design.services.LinkageMatrixServices;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.junit.jupiter.api.Test;

/**
 * The ITU example saved as Sirius saves it, each file in a fresh session: untouched, every file is written back
 * byte for byte; after a matrix edit, only the edited objective's linkage lines change.
 */
class ItuLinkageSaveTest {

	private final LoadedPlans loaded = PlanLoader.standalone().load(List.of(DesignTestPaths.ituExample()));

	@Test
	void untouchedFilesAreWrittenBackByteForByte() throws IOException {
		for (Plan part : loaded.plans()) {
			assertEquals(Files.readString(file(part)), save(part.eResource()), file(part).toString());
		}
	}

	@Test
	void matrixEditChangesOnlyTheLinkageLines() throws IOException {
		Objective trends = element(Objective.class, "I.2");
		new LinkageMatrixServices().setLinkage(trends, element(Goal.class, "5"), "P");
		String original = Files.readString(file((Plan) trends.eResource().getContents().get(0)));
		assertEquals(original.replace("""
				        primary goal 4
				        secondary goals 1, 3, 5
				""", """
				        primary goal 4
				        secondary goals 1, 3
				        primary goal 5
				"""), save(trends.eResource()));
	}

	private <T extends PlanElement> T element(Class<T> type, String code) {
		for (Plan part : loaded.plans()) {
			for (TreeIterator<EObject> contents = part.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof PlanElement element && type.isInstance(element)
						&& code.equals(element.getName())) {
					return type.cast(element);
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " " + code);
	}

	private static Path file(Plan part) {
		return Path.of(part.eResource().getURI().toFileString());
	}

	private static String save(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, SaveOptions.newBuilder().noValidation().getOptions().toOptionsMap());
		return out.toString(StandardCharsets.UTF_8);
	}
}
