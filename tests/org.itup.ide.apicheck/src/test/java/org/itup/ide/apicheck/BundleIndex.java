package org.itup.ide.apicheck;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every bundle the Eclipse-only bundles may wire to, by symbolic name: the repository's own bundles, the upstream
 * source bundles of the shared folder's eclipse-api/ and the jars on the test class path (Eclipse Platform, EMF, Xtext
 * runtime, the reactor's bundles). Where a name occurs twice, the first one wins: upstream sources, then jars, then the
 * repository's folders (so only the Eclipse-only bundles, which no jar holds, come from there).
 */
final class BundleIndex {

	/** The folders of eclipse-api/ that hold upstream bundles, one bundle per sub-folder. */
	private static final List<String> UPSTREAM_GROUPS = List.of("xtext", "emf/plugins", "sirius/plugins",
			"emft/bundles", "emfv/bundles");

	private final Map<String, KnownBundle> byName = new LinkedHashMap<>();
	private final List<Path> classPath;

	private BundleIndex(List<Path> classPath) {
		this.classPath = classPath;
	}

	static BundleIndex load(Path repositoryRoot, Path eclipseApi) {
		List<Path> classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
				.map(Path::of).toList();
		BundleIndex index = new BundleIndex(classPath);
		UPSTREAM_GROUPS.forEach(group -> index.addFoldersUnder(eclipseApi.resolve(group)));
		classPath.stream().filter(path -> path.toString().endsWith(".jar")).forEach(index::addJar);
		// last, so that the bundles the reactor has built come as its jars and only the Eclipse-only ones as sources
		index.addFoldersUnder(repositoryRoot.resolve("bundles"));
		return index;
	}

	Optional<KnownBundle> bundle(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	Collection<KnownBundle> all() {
		return byName.values();
	}

	/** The jars and class folders javac compiles against. */
	List<Path> classPath() {
		return classPath;
	}

	/** The bundles that export a package, for Import-Package. */
	List<KnownBundle> exportersOf(String packageName) {
		return byName.values().stream().filter(bundle -> bundle.manifest().exports(packageName)).toList();
	}

	/**
	 * The bundle and every bundle it requires or imports from, directly or through other bundles: what the bundle can
	 * reach at run time at most, so what its compilation may see of the upstream sources.
	 */
	Set<KnownBundle> requiredClosure(KnownBundle start) {
		Set<KnownBundle> reached = new LinkedHashSet<>();
		Deque<KnownBundle> pending = new ArrayDeque<>(List.of(start));
		while (!pending.isEmpty()) {
			KnownBundle bundle = pending.pop();
			if (reached.add(bundle)) {
				bundle.manifest().requiredBundles().forEach(clause -> bundle(clause.name()).ifPresent(pending::push));
				bundle.manifest().importedPackages().forEach(clause -> pending.addAll(exportersOf(clause.name())));
			}
		}
		return reached;
	}

	private void addFoldersUnder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> children = Files.list(folder)) {
			children.sorted().filter(child -> Files.isRegularFile(child.resolve("META-INF/MANIFEST.MF")))
					.forEach(this::addFolder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void addFolder(Path folder) {
		try (InputStream in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
			add(BundleManifest.read(in), folder);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the manifest of " + folder, e);
		}
	}

	private void addJar(Path jar) {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			ZipEntry entry = zip.getEntry("META-INF/MANIFEST.MF");
			if (entry != null) {
				try (InputStream in = zip.getInputStream(entry)) {
					add(BundleManifest.read(in), jar);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the manifest of " + jar, e);
		}
	}

	private void add(BundleManifest manifest, Path location) {
		if (manifest != null) {
			byName.putIfAbsent(manifest.symbolicName(), new KnownBundle(manifest, location));
		}
	}
}
