package org.itup.dsl.ide.hover;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.FieldChange;
import org.itup.analysis.diff.LinkageComparison;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItem;
import org.itup.analysis.diff.PlanItems;
import org.itup.analysis.diff.PlanSide;
import org.itup.analysis.text.MarkdownText;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.Target;

import com.google.inject.Singleton;

/**
 * What a hover adds when the {@code itup.baseRevision} setting names a git revision: how the goal, target,
 * objective, outcome or output under the cursor differs from the same plan at that revision (what the Council
 * approved, say), compared as {@code itup diff} compares plans. The plan at the revision is read from the git
 * repository holding the file's folder, once per commit ({@link BasePlans}). One instance per language injector,
 * like {@link org.itup.dsl.ide.reference.ReferenceTitles}: the setting belongs to the server that received it.
 */
@Singleton
public class BaseRevisionHover {

	private volatile String revision;

	/** Compare with the plan at this revision from now on; an empty revision turns the comparison off. */
	public void compareWith(String baseRevision) {
		revision = baseRevision == null || baseRevision.isBlank() ? null : baseRevision.strip();
	}

	/** The hover's text followed by how the element differs from the base revision, when one is set. */
	public String appendTo(String hover, EObject element) {
		String base = revision;
		if (hover == null || base == null || kindOf(element).isEmpty()) {
			return hover;
		}
		return hover + "\n\n---\n\n" + describe((PlanElement) element, base);
	}

	private static String describe(PlanElement element, String base) {
		String heading = "**Since " + MarkdownText.phrase(base) + ":** ";
		Optional<Path> folder = folderOf(element.eResource());
		if (folder.isEmpty() || !(EcoreUtil.getRootContainer(element) instanceof Plan root)) {
			return heading + "not compared: the file is not in a folder";
		}
		PlanLoader loader = ((XtextResource) element.eResource()).getResourceServiceProvider().get(PlanLoader.class);
		try {
			Optional<PlanSide> basePlan = BasePlans.plan(loader, folder.get(), base, root.getName());
			if (basePlan.isEmpty()) {
				return heading + "new: the plan did not exist then";
			}
			PlanSide current = currentPlan(element, root.getName());
			PlanDiff diff = PlanDiff.between(basePlan.get(), current);
			return heading + change(diff, kindOf(element).get(), element.getName());
		} catch (BasePlans.RevisionUnreadable e) {
			return heading + "not compared: " + MarkdownText.phrase(e.getMessage());
		}
	}

	/** The plan as the editor holds it now, unsaved edits included: every part of it in the workspace. */
	private static PlanSide currentPlan(PlanElement element, String name) {
		List<Plan> parts = element.eResource().getResourceSet().getResources().stream()
				.flatMap(resource -> resource.getContents().stream()).filter(Plan.class::isInstance)
				.map(Plan.class::cast).filter(plan -> name.equals(plan.getName())).toList();
		return PlanItems.of(StrategicPlan.of(parts).get(0));
	}

	private static String change(PlanDiff diff, ElementKind kind, String code) {
		ElementChange change = diff.changes(kind).stream()
				.filter(candidate -> candidate.news().stream().anyMatch(item -> code.equals(item.code()))).findFirst()
				.orElse(null);
		if (change != null && change.type() == ChangeType.ADDED) {
			return "added";
		}
		StringBuilder lines = new StringBuilder();
		if (change != null) {
			for (FieldChange field : change.fields()) {
				lines.append("\n- ").append(MarkdownText.phrase(field.field())).append(": ")
						.append(value(field.oldValue())).append(" \u2192 ").append(value(field.newValue()));
			}
		}
		if (kind == ElementKind.OBJECTIVE) {
			appendLinkage(lines, diff.linkage(), code);
		}
		return what(change, lines.length() > 0) + lines;
	}

	private static String what(ElementChange change, boolean anyLine) {
		String olds = change == null ? "" : String.join(", ", change.olds().stream().map(PlanItem::code).toList());
		return change != null && change.type() == ChangeType.SPLIT ? "split from " + MarkdownText.phrase(olds)
				: change != null && change.type() == ChangeType.MERGED ? "merged from " + MarkdownText.phrase(olds)
						: anyLine ? "changed" : "unchanged";
	}

	private static void appendLinkage(StringBuilder lines, LinkageComparison linkage, String objective) {
		for (LinkageComparison.CellChange cell : linkage.changes()) {
			if (cell.objective().equals(objective)) {
				lines.append("\n- goal ").append(MarkdownText.phrase(cell.goal())).append(": ")
						.append(cell.oldLink().label()).append(" \u2192 ").append(cell.newLink().label());
			}
		}
	}

	private static String value(String value) {
		return value == null ? "*none*" : MarkdownText.phrase(value);
	}

	private static Optional<Path> folderOf(Resource resource) {
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return Optional.ofNullable(Path.of(uri.toFileString()).getParent());
	}

	private static Optional<ElementKind> kindOf(EObject element) {
		ElementKind kind = element instanceof Goal ? ElementKind.GOAL
				: element instanceof Target ? ElementKind.TARGET
						: element instanceof Objective ? ElementKind.OBJECTIVE
								: element instanceof Outcome ? ElementKind.OUTCOME
										: element instanceof Output ? ElementKind.OUTPUT : null;
		return Optional.ofNullable(kind).filter(any -> ((PlanElement) element).getName() != null);
	}
}
