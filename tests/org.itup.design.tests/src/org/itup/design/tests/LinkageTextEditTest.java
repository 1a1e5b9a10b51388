package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.itup.analysis.design.LinkageMatrixServices;
import org.itup.dsl.ItupStandaloneSetup;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * An edit in the linkage matrix, saved as Sirius saves an Xtext resource (XtextResource.save, which serializes
 * against the node model), changes only the objective's linkage: every comment and the layout of everything else
 * stay as the planner wrote them. The serializer writes a goal that moves between lists as a new clause on the line
 * of the last linkage clause, which is valid plan text.
 */
class LinkageTextEditTest {

	private static final String PLAN = """
			// A small plan to edit in the linkage matrix.
			plan demo "Demo plan"
			period 2020 to 2023

			goal 1 "Growth" {
			    statement "More access"   // kept as written
			}

			goal 2 "Inclusiveness" { }

			goal 3 "Sustainability" {
			}

			sector S "A sector" {
			    // the objective whose links change
			    objective S.1 "Connect" {
			        primary goal 1
			        secondary goals 2,   3
			        output S.1-1 "Reports"   // a result
			    }

			    objective S.2 "Include" {
			        primary   goals 2 ,3
			    }
			}
			""";

	@Test
	void editKeepsCommentsAndLayoutElsewhere() throws IOException {
		XtextResource resource = load(PLAN);
		Plan plan = (Plan) resource.getContents().get(0);
		Objective connect = plan.getSectors().get(0).getObjectives().get(0);
		Goal sustainability = plan.getGoals().get(2);

		new LinkageMatrixServices().setLinkage(connect, sustainability, "P");

		String saved = save(resource);
		assertEquals(PLAN.replace("secondary goals 2,   3\n", "secondary goals 2 primary goal 3\n"), saved);
		assertLinkage(saved, "1, 3", "2");
	}

	/** The saved text reads back with the edited linkage: the serializer's placement is valid plan text. */
	private static void assertLinkage(String text, String primary, String secondary) throws IOException {
		Objective connect = ((Plan) load(text).getContents().get(0)).getSectors().get(0).getObjectives().get(0);
		assertEquals(primary, codes(connect.getPrimaryGoals()));
		assertEquals(secondary, codes(connect.getSecondaryGoals()));
	}

	private static String codes(List<Goal> goals) {
		return goals.stream().map(Goal::getName).collect(Collectors.joining(", "));
	}

	private static XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = new ItupStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/demo.itup"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		assertEquals(0, resource.getErrors().size(), resource.getErrors().toString());
		return resource;
	}

	private static String save(XtextResource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, SaveOptions.newBuilder().noValidation().getOptions().toOptionsMap());
		return out.toString(StandardCharsets.UTF_8);
	}
}
