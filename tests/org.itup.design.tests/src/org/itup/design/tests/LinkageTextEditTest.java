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
import org.itup.design.services.LinkageMatrixServices;
import org.itup.dsl.ItupStandaloneSetup;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * An edit in the linkage matrix, saved as Sirius saves an Xtext resource (XtextResource.save, which serializes
 * against the node model, without formatting), changes only the objective's linkage lines: every linkage clause
 * sits on its own line with the objective's indentation, and every comment and the layout of everything else stay
 * as the planner wrote them. The saved text reads back with the edited linkage.
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
			        primary   goals 2 ,3   // both
			    }

			    objective S.3 "Report" {
			        statement "Reports on time"
			        output S.3-1 "Annual report"
			    }

			    objective S.4 "Later" { }
			}
			""";

	@Test
	void goalMovedToPrimaryGetsItsOwnLine() throws IOException {
		String saved = edit(0, 2, "P");
		assertEquals(PLAN.replace("secondary goals 2,   3\n", "secondary goals 2\n        primary goal 3\n"), saved);
		assertLinkage(saved, 0, "1, 3", "2");
	}

	@Test
	void newLineTakesTheIndentationTheFileUses() throws IOException {
		String tabbed = PLAN.replace("    ", "\t");
		String saved = edit(tabbed, 0, 2, "P");
		assertEquals(tabbed.replace("secondary goals 2,   3\n", "secondary goals 2\n\t\tprimary goal 3\n"), saved);
		assertLinkage(saved, 0, "1, 3", "2");
	}

	@Test
	void goalMovedToSecondaryKeepsTheCommentOnItsOldLine() throws IOException {
		String saved = edit(1, 2, "S");
		assertEquals(PLAN.replace("primary   goals 2 ,3   // both\n",
				"primary   goals 2   // both\n        secondary goal 3\n"), saved);
		assertLinkage(saved, 1, "2", "3");
	}

	@Test
	void firstLinkOfAnObjectiveGoesOnALineOfItsOwn() throws IOException {
		String saved = edit(2, 0, "P");
		assertEquals(PLAN.replace("output S.3-1 \"Annual report\"\n",
				"output S.3-1 \"Annual report\"\n        primary goal 1\n"), saved);
		assertLinkage(saved, 2, "1", "");
	}

	@Test
	void objectiveWrittenOnOneLineOpensForItsFirstLink() throws IOException {
		String saved = edit(3, 1, "S");
		assertEquals(PLAN.replace("objective S.4 \"Later\" { }\n",
				"objective S.4 \"Later\" {\n        secondary goal 2\n    }\n"), saved);
		assertLinkage(saved, 3, "", "2");
	}

	@Test
	void removingTheLastGoalOfAClauseRemovesTheClause() throws IOException {
		String saved = edit(1, 1, "-");
		assertEquals(PLAN.replace("primary   goals 2 ,3   // both\n", "primary   goals 3   // both\n"), saved);
		assertLinkage(saved, 1, "3", "");
		String emptied = edit(saved, 1, 2, "");
		assertEquals(PLAN.replace("primary   goals 2 ,3   // both\n", "// both\n"), emptied);
		assertLinkage(emptied, 1, "", "");
	}

	/** Sets one cell of the matrix in {@link #PLAN} and saves the plan as Sirius does. */
	private static String edit(int objective, int goal, String typed) throws IOException {
		return edit(PLAN, objective, goal, typed);
	}

	private static String edit(String text, int objective, int goal, String typed) throws IOException {
		XtextResource resource = load(text);
		Plan plan = (Plan) resource.getContents().get(0);
		new LinkageMatrixServices().setLinkage(plan.getSectors().get(0).getObjectives().get(objective),
				plan.getGoals().get(goal), typed);
		return save(resource);
	}

	/** The saved text reads back, with no error, with the edited linkage. */
	private static void assertLinkage(String text, int index, String primary, String secondary) throws IOException {
		Objective objective = ((Plan) load(text).getContents().get(0)).getSectors().get(0).getObjectives().get(index);
		assertEquals(primary, codes(objective.getPrimaryGoals()));
		assertEquals(secondary, codes(objective.getSecondaryGoals()));
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
