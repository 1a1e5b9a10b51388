package org.itup.dsl.linking;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.parser.EditDistance;
import org.itup.dsl.validation.PlanElementKinds;
import org.itup.dsl.vocabulary.PlanWords;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;

import com.google.inject.Inject;

/**
 * Unresolved codes in plan words, with the codes that do exist: "There is no goal '9' in plan itu2020; goals that
 * can be named here: 1, 2, 3, 4, 5." or, where there are many, the nearest: "did you mean 2.1?". The codes a reference can name are
 * read from its scope once per file version and kind (the resource's cache), since this message is also made for
 * every resolved reference of a file with errors (Xtext removes a stale linking error by an equal message).
 */
public class PlanLinkingMessages extends LinkingDiagnosticMessageProvider {

	/** Up to this many codes of a kind are all listed; above it only the nearest are. */
	private static final int MOST_LISTED = 10;

	private static final int MOST_EDITS = 2;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private PlanWords words;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass kind = context.getReference().getEReferenceType();
		PlanVocabulary vocabulary = words.ofWithoutResolving(context.getContext());
		String label = PlanElementKinds.label(kind, vocabulary).replace("strategic ", "");
		Plan plan = EcoreUtil2.getContainerOfType(context.getContext(), Plan.class);
		boolean inPlan = plan != null && plan.getName() != null && kind != ItupPackage.Literals.PLAN;
		String where = inPlan ? " in plan " + plan.getName() : kind == ItupPackage.Literals.PLAN ? " among the plans read" : "";
		List<String> codes = codes(context.getContext(), context.getReference());
		String message = "There is no " + label + " '" + context.getLinkText() + "'" + where
				+ hint(label, plural(kind, label, vocabulary), context.getLinkText(), codes);
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** The codes that can be named where the reference is: the plan's own by bare code, others' qualified. */
	private static String hint(String label, String labels, String written, List<String> codes) {
		if (codes.isEmpty()) {
			return "; no " + label + " can be named here yet.";
		}
		if (codes.size() <= MOST_LISTED) {
			return "; " + labels + " that can be named here: " + String.join(", ", codes) + ".";
		}
		String compared = written.toLowerCase(Locale.ROOT);
		List<String> nearest = codes.stream()
				.filter(code -> EditDistance.between(compared, code.toLowerCase(Locale.ROOT)) <= MOST_EDITS)
				.sorted(Comparator.comparingInt((String code) -> EditDistance.between(compared,
						code.toLowerCase(Locale.ROOT))).thenComparing(Comparator.naturalOrder()))
				.limit(3).toList();
		String count = " (" + codes.size() + " " + labels + " can be named here)";
		return nearest.isEmpty() ? count + "." : "; did you mean " + String.join(" or ", nearest) + "?" + count;
	}

	/** A level's plural as the plan declares it; other kinds' by the English rule. */
	private static String plural(EClass kind, String label, PlanVocabulary vocabulary) {
		return PlanVocabulary.levelOf(kind).map(vocabulary::many).orElseGet(() -> plural(label));
	}

	private static String plural(String label) {
		return label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
	}

	/**
	 * The codes the reference could name, in code order: each element by its full name without the plan's name in
	 * front when that shorter name is in scope too (the plan's own elements), else by its full name (another plan's).
	 */
	private List<String> codes(EObject context, EReference reference) {
		return cache.get(Tuples.create(PlanLinkingMessages.class, reference, planOf(context)), context.eResource(),
				() -> {
					Map<String, Set<QualifiedName>> names = new TreeMap<>();
					Iterable<IEObjectDescription> all = scopes.getScope(context, reference).getAllElements();
					for (IEObjectDescription description : all) {
						names.computeIfAbsent(description.getEObjectURI().toString(), uri -> new HashSet<>())
								.add(description.getName());
					}
					return names.values().stream().map(PlanLinkingMessages::asWritten).distinct()
							.sorted(PlanLinkingMessages::byCode).collect(Collectors.toList());
				});
	}

	private static String asWritten(Set<QualifiedName> names) {
		QualifiedName full = names.stream().max(Comparator.comparingInt(QualifiedName::getSegmentCount)).orElseThrow();
		boolean own = full.getSegmentCount() > 1 && names.contains(full.skipFirst(1));
		return (own ? full.skipFirst(1) : full).toString();
	}

	private static String planOf(EObject context) {
		Plan plan = EcoreUtil2.getContainerOfType(context, Plan.class);
		return plan == null ? "" : String.valueOf(plan.getName());
	}

	/** 2 before 10: codes compared segment by segment, numbers as numbers. */
	private static int byCode(String one, String other) {
		String[] left = one.split("[.-]");
		String[] right = other.split("[.-]");
		for (int index = 0; index < Math.min(left.length, right.length); index++) {
			int compared = left[index].matches("\\d{1,9}") && right[index].matches("\\d{1,9}")
					? Integer.compare(Integer.parseInt(left[index]), Integer.parseInt(right[index]))
					: left[index].compareTo(right[index]);
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(left.length, right.length);
	}
}
