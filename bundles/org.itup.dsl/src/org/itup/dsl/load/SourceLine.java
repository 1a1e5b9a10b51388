package org.itup.dsl.load;

import java.util.OptionalInt;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The line a loaded element was written on, so that exports can say where a figure came from: the parser's node for
 * elements of {@code .itup} files, and the line the loader noted for measurements read from a CSV data file (those
 * have no node).
 */
public final class SourceLine extends AdapterImpl {

	private final int line;

	private SourceLine(int line) {
		this.line = line;
	}

	/** Notes that {@code element} was read from line {@code line} (1-based) of a file that has no node model. */
	static void mark(EObject element, int line) {
		element.eAdapters().add(new SourceLine(line));
	}

	/** The 1-based line {@code element} starts on; empty when it was made in memory. */
	public static OptionalInt of(EObject element) {
		for (Object adapter : element.eAdapters()) {
			if (adapter instanceof SourceLine noted) {
				return OptionalInt.of(noted.line);
			}
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? OptionalInt.empty() : OptionalInt.of(node.getStartLine());
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SourceLine.class;
	}
}
