package org.itup.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.itup.model.ItupPackage;

/**
 * Where each code of each kind ({@link #kindOf}) is defined in a frozen load, gathered in one pass over the index. Asking the index
 * element by element whether another element of its kind has its code was, over tens of thousands of elements, a
 * sizeable share of validating a large plan; one pass answers every element at once. The descriptions are kept, not
 * their URIs: working out an element's URI fragment costs more than the whole lookup.
 */
final class CodeUses {

	private record KindAndCode(EClass kind, QualifiedName code) {
	}

	private final Map<KindAndCode, List<IEObjectDescription>> definitions = new HashMap<>();

	/** Every element the containers export, by kind and qualified code. */
	static CodeUses of(List<IContainer> containers) {
		CodeUses uses = new CodeUses();
		for (IContainer container : containers) {
			for (IEObjectDescription exported : container.getExportedObjects()) {
				uses.definitions.computeIfAbsent(new KindAndCode(kindOf(exported.getEClass()), exported.getName()),
						key -> new ArrayList<>(1)).add(exported);
			}
		}
		return uses;
	}

	/**
	 * The kind within which codes must differ: the element's class, except that targets and indicators share one,
	 * because a measurement names either by its code alone.
	 */
	static EClass kindOf(EClass type) {
		return ItupPackage.Literals.MEASURABLE.isSuperTypeOf(type) ? ItupPackage.Literals.MEASURABLE : type;
	}

	List<IEObjectDescription> of(EClass kind, QualifiedName code) {
		return definitions.getOrDefault(new KindAndCode(kind, code), List.of());
	}
}
