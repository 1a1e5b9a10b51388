package org.itup.ide.apicheck;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * javac sees every upstream type at once, but in Eclipse a bundle's class loader sees only the packages of its own,
 * those its required bundles export (and what they re-export) and those it imports. This check finds each package
 * the bundle's sources use and says where one is used that the manifest does not make visible: a missing
 * Require-Bundle that compiles here would fail under Tycho and at run time.
 */
final class PackageVisibilityCheck {

	private static final Set<String> JDK_PACKAGES = ModuleFinder.ofSystem().findAll().stream()
			.map(ModuleReference::descriptor).flatMap(descriptor -> descriptor.packages().stream())
			.collect(Collectors.toUnmodifiableSet());

	private PackageVisibilityCheck() {
	}

	static List<String> problemsOf(BundleCompilation compilation, BundleIndex index) {
		return problemsWith(compilation.bundle().manifest(), compilation, index);
	}

	/** The problems of the compiled sources under a given manifest (the tests plant faults in altered copies). */
	static List<String> problemsWith(BundleManifest manifest, BundleCompilation compilation, BundleIndex index) {
		Set<String> visible = visiblePackages(manifest, compilation, index);
		Map<String, String> firstUse = new LinkedHashMap<>();
		Trees trees = compilation.trees();
		for (CompilationUnitTree unit : compilation.units()) {
			new PackageUses(trees, unit, firstUse).scan(unit, null);
		}
		String manifestFile = compilation.bundle().location().resolve("META-INF/MANIFEST.MF").toString();
		return firstUse.entrySet().stream().filter(use -> !visible.contains(use.getKey()))
				.filter(use -> !JDK_PACKAGES.contains(use.getKey()))
				.map(use -> use.getValue() + ": uses package " + use.getKey() + ", which no bundle in Require-Bundle"
						+ " of " + manifestFile + " exports and Import-Package does not name")
				.toList();
	}

	private static Set<String> visiblePackages(BundleManifest manifest, BundleCompilation compilation,
			BundleIndex index) {
		Set<String> visible = new HashSet<>();
		compilation.units().forEach(unit -> {
			if (unit.getPackage() != null) {
				visible.add(unit.getPackageName().toString());
			}
		});
		manifest.importedPackages().forEach(clause -> visible.add(clause.name()));
		for (KnownBundle required : requiredWithReexports(manifest, index)) {
			required.manifest().exportedPackages().forEach(clause -> visible.add(clause.name()));
		}
		return visible;
	}

	/** The bundles named in Require-Bundle and, through them, every bundle they re-export. */
	private static Set<KnownBundle> requiredWithReexports(BundleManifest manifest, BundleIndex index) {
		Set<KnownBundle> reached = new HashSet<>();
		Deque<KnownBundle> pending = new ArrayDeque<>();
		manifest.requiredBundles().forEach(clause -> index.bundle(clause.name()).ifPresent(pending::push));
		while (!pending.isEmpty()) {
			KnownBundle required = pending.pop();
			if (reached.add(required)) {
				required.manifest().requiredBundles().stream().filter(BundleManifest.Clause::reexported)
						.forEach(clause -> index.bundle(clause.name()).ifPresent(pending::push));
			}
		}
		return reached;
	}

	/** Records the first place each package is used, by the types that names and qualified names resolve to. */
	private static final class PackageUses extends TreePathScanner<Void, Void> {

		private final Trees trees;
		private final CompilationUnitTree unit;
		private final Map<String, String> firstUse;

		PackageUses(Trees trees, CompilationUnitTree unit, Map<String, String> firstUse) {
			this.trees = trees;
			this.unit = unit;
			this.firstUse = firstUse;
		}

		@Override
		public Void visitIdentifier(IdentifierTree node, Void unused) {
			record(trees.getElement(getCurrentPath()), node);
			return super.visitIdentifier(node, unused);
		}

		@Override
		public Void visitMemberSelect(MemberSelectTree node, Void unused) {
			record(trees.getElement(getCurrentPath()), node);
			return super.visitMemberSelect(node, unused);
		}

		private void record(Element element, com.sun.source.tree.Tree node) {
			if (element == null || !(element.getKind().isClass() || element.getKind().isInterface())) {
				return;
			}
			Element enclosing = element;
			while (!(enclosing instanceof PackageElement) && enclosing != null) {
				enclosing = enclosing.getEnclosingElement();
			}
			if (enclosing instanceof PackageElement packageElement && !packageElement.isUnnamed()) {
				long position = trees.getSourcePositions().getStartPosition(unit, node);
				long line = unit.getLineMap().getLineNumber(position);
				firstUse.putIfAbsent(packageElement.getQualifiedName().toString(),
						Path.of(unit.getSourceFile().toUri()) + ":" + line);
			}
		}
	}
}
