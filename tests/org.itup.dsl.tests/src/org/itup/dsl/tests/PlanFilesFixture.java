package org.itup.dsl.tests;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.itup.model.MonitoringFile;
import org.itup.model.OperationalPlan;
import org.itup.model.Plan;
import org.itup.model.PlanFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses several plan files into one resource set, as the loader and the language server see a plan folder.
 */
public class PlanFilesFixture {

	@Inject
	private ParseHelper<PlanFile> parser;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private XtextResourceSet resourceSet;

	public Plan parse(String fileName, String text) throws Exception {
		return (Plan) parseFile(fileName, text);
	}

	public OperationalPlan parseOperational(String fileName, String text) throws Exception {
		return (OperationalPlan) parseFile(fileName, text);
	}

	public MonitoringFile parseMonitoring(String fileName, String text) throws Exception {
		return (MonitoringFile) parseFile(fileName, text);
	}

	private PlanFile parseFile(String fileName, String text) throws Exception {
		if (resourceSet == null) {
			resourceSet = resourceSets.get();
		}
		return parser.parse(text, URI.createURI("memory:/plans/" + fileName), resourceSet);
	}
}
