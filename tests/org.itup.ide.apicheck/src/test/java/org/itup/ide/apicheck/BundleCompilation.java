package org.itup.ide.apicheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

/**
 * One bundle's sources type-checked by javac against the Eclipse APIs, the way Tycho would compile it under -Pide:
 * the upstream bundles it requires are on the source path (javac reads only the types it reaches), the Eclipse jars on
 * the class path. Nothing is written. The finished compilation then answers which types exist and what they extend,
 * for the checks of plugin.xml and the viewpoint specification.
 */
final class BundleCompilation {

	private final KnownBundle bundle;
	private final JavacTask task;
	private final List<? extends CompilationUnitTree> units;
	private final List<Diagnostic<? extends JavaFileObject>> errors;

	private BundleCompilation(KnownBundle bundle, JavacTask task, List<? extends CompilationUnitTree> units,
			List<Diagnostic<? extends JavaFileObject>> errors) {
		this.bundle = bundle;
		this.task = task;
		this.units = units;
		this.errors = errors;
	}

	static BundleCompilation of(KnownBundle bundle, BundleIndex index) {
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		// Xtext's sources are Latin-1; itup's are UTF-8 but their identifiers are ASCII, so they read the same
		StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.ISO_8859_1);
		List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-encoding", "ISO-8859-1",
				"-Xmaxerrs", "500", "-sourcepath", pathOf(sourcePath(bundle, index)), "-classpath",
				pathOf(index.classPath()));
		Iterable<? extends JavaFileObject> sources = files.getJavaFileObjectsFromPaths(javaFiles(bundle));
		JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, options, null, sources);
		List<? extends CompilationUnitTree> units;
		try {
			units = toList(task.parse());
			task.analyze();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot compile " + bundle.name(), e);
		}
		List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
				.filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR).toList();
		return new BundleCompilation(bundle, task, units, errors);
	}

	KnownBundle bundle() {
		return bundle;
	}

	/** The compiler's errors, one a line with file, line and column. */
	List<String> errors() {
		return errors.stream().map(BundleCompilation::describe).toList();
	}

	List<? extends CompilationUnitTree> units() {
		return units;
	}

	Trees trees() {
		return Trees.instance(task);
	}

	/** A type by the name plugin.xml gives it (nested types with {@code $}). */
	Optional<TypeElement> type(String binaryName) {
		return Optional.ofNullable(elements().getTypeElement(binaryName.replace('$', '.')));
	}

	/** A method a type declares itself, by name. */
	Optional<ExecutableElement> method(String typeName, String methodName) {
		return type(typeName).stream().flatMap(type -> ElementFilter.methodsIn(type.getEnclosedElements()).stream())
				.filter(method -> method.getSimpleName().contentEquals(methodName)).findFirst();
	}

	/** Whether the method overrides the one of that name in the given supertype. */
	boolean overrides(ExecutableElement method, TypeElement supertype, String name) {
		TypeElement owner = (TypeElement) method.getEnclosingElement();
		return ElementFilter.methodsIn(supertype.getEnclosedElements()).stream()
				.filter(candidate -> candidate.getSimpleName().contentEquals(name))
				.anyMatch(candidate -> elements().overrides(method, candidate, owner));
	}

	/**
	 * The class a Guice binding method of the compiled bundle names, when its body is
	 * {@code return SomeType.class;}.
	 */
	Optional<String> classLiteralReturnedBy(ExecutableElement method) {
		MethodTree tree = trees().getTree(method);
		if (tree == null || tree.getBody() == null) {
			return Optional.empty();
		}
		TreePath path = trees().getPath(method);
		return tree.getBody().getStatements().stream().filter(ReturnTree.class::isInstance).map(ReturnTree.class::cast)
				.map(ReturnTree::getExpression).filter(MemberSelectTree.class::isInstance)
				.map(MemberSelectTree.class::cast)
				.filter(select -> select.getIdentifier().contentEquals("class"))
				.map(select -> trees().getElement(new TreePath(new TreePath(path, select), select.getExpression())))
				.filter(TypeElement.class::isInstance)
				.map(type -> ((TypeElement) type).getQualifiedName().toString()).findFirst();
	}

	boolean isSubtype(TypeElement type, TypeElement supertype) {
		Types types = task.getTypes();
		return types.isSubtype(types.erasure(type.asType()), types.erasure(supertype.asType()));
	}

	private Elements elements() {
		return task.getElements();
	}

	private static String describe(Diagnostic<? extends JavaFileObject> error) {
		String file = error.getSource() == null ? "" : Path.of(error.getSource().toUri()) + ":";
		return file + error.getLineNumber() + ":" + error.getColumnNumber() + ": " + error.getMessage(Locale.ROOT);
	}

	private static <T> List<T> toList(Iterable<T> items) {
		List<T> list = new ArrayList<>();
		items.forEach(list::add);
		return list;
	}

	/** The source folders of the bundle and of every upstream source bundle it requires. */
	private static List<Path> sourcePath(KnownBundle bundle, BundleIndex index) {
		return index.requiredClosure(bundle).stream().filter(required -> !required.isJar())
				.flatMap(required -> required.sourceFolders().stream()).toList();
	}

	private static List<Path> javaFiles(KnownBundle bundle) {
		return bundle.sourceFolders().stream().flatMap(BundleCompilation::javaFilesUnder).sorted().toList();
	}

	private static Stream<Path> javaFilesUnder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String pathOf(List<Path> paths) {
		return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
	}
}
