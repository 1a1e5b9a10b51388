package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.model.MonitoringFile;
import org.itup.model.OperationalPlan;
import org.itup.model.Plan;

/**
 * What the loader read: the plan files, their parsed and linked plans (one per file, parts of the same plan share
 * its name; operational plans and monitoring files apart) and every diagnostic, in file and position order.
 */
public record LoadedPlans(List<Path> files, ResourceSet resourceSet, List<PlanDiagnostic> diagnostics) {

	/** The plan of every file that parsed far enough to have one, in file order. */
	public List<Plan> plans() {
		return roots(Plan.class);
	}

	/** The operational plans among the files, in file order. */
	public List<OperationalPlan> operationalPlans() {
		return roots(OperationalPlan.class);
	}

	/** The monitoring files among the files (measurements, spending, assessments), in file order. */
	public List<MonitoringFile> monitoringFiles() {
		return roots(MonitoringFile.class);
	}

	private <T> List<T> roots(Class<T> type) {
		return resourceSet.getResources().stream()
				.map(Resource::getContents)
				.filter(contents -> !contents.isEmpty() && type.isInstance(contents.get(0)))
				.map(contents -> type.cast(contents.get(0)))
				.toList();
	}

	public long count(Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(Severity.ERROR) > 0;
	}
}
