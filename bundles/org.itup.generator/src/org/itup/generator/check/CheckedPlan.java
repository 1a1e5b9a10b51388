package org.itup.generator.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;

/**
 * One plan as a check saw it: its name and title, the files it was read from and how much it holds.
 *
 * @param title the plan's title, or null when no part of the plan gives one
 * @param words what the plan calls its levels, for the counts a person reads
 */
public record CheckedPlan(String name, String title, List<Path> files, PlanSummary summary, PlanVocabulary words) {

	public CheckedPlan {
		files = List.copyOf(files);
	}

	static CheckedPlan of(StrategicPlan plan) {
		List<Path> files = plan.parts().stream()
				.map(part -> fileOf(part.eResource()))
				.filter(Objects::nonNull)
				.toList();
		return new CheckedPlan(plan.name(), plan.header().getTitle(), files, PlanSummary.of(plan),
				plan.vocabulary());
	}

	private static Path fileOf(Resource resource) {
		if (resource == null) {
			return null;
		}
		URI uri = resource.getURI();
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}
}
