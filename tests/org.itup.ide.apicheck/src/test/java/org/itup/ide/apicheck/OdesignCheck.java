package org.itup.ide.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the viewpoint specification (description/*.odesign) against the APIs the viewpoint bundle compiles with:
 * every Java service class it names exists for the bundle, every metamodel and every namespace it uses is the URI
 * of a known EPackage, and every external Java action it calls is declared in the bundle's plugin.xml. Sirius reads
 * these only when a diagram opens, so nothing else would say.
 */
final class OdesignCheck {

	private static final Pattern NS_URI = Pattern.compile("nsURI=\"([^\"]+)\"");
	private static final Pattern JAVA_EXTENSION = Pattern
			.compile("<ownedJavaExtensions[^>]*qualifiedClassName=\"([^\"]+)\"");
	private static final Pattern METAMODEL = Pattern.compile("<metamodel href=\"([^\"#]+)");
	private static final Pattern NAMESPACE = Pattern.compile("xmlns:[\\w.-]+=\"([^\"]+)\"");
	private static final Pattern JAVA_ACTION = Pattern
			.compile("xsi:type=\"tool:ExternalJavaAction\"[^>]*\\sid=\"([^\"]+)\"");
	/** Namespaces of XMI and XML Schema themselves, not metamodels. */
	private static final Set<String> XML_NAMESPACES = Set.of("http://www.omg.org/XMI",
			"http://www.w3.org/2001/XMLSchema-instance");

	private OdesignCheck() {
	}

	static List<String> problemsOf(BundleCompilation compilation, Set<String> knownPackageUris) {
		List<String> problems = new ArrayList<>();
		for (Path odesign : odesigns(compilation.bundle().location().resolve("description"))) {
			problems.addAll(problemsIn(read(odesign), odesign, compilation, knownPackageUris));
		}
		return problems;
	}

	/** The problems of one specification's text (the tests plant faults in copies of it). */
	static List<String> problemsIn(String text, Path odesign, BundleCompilation compilation,
			Set<String> knownPackageUris) {
		List<String> problems = new ArrayList<>();
		Set<String> declaredActions = declaredJavaActions(compilation.bundle());
		each(JAVA_EXTENSION, text, odesign, (className, where) -> {
			if (compilation.type(className).isEmpty()) {
				problems.add(where + ": Java extension " + className + " does not exist for the viewpoint bundle");
			}
		});
		each(METAMODEL, text, odesign, (uri, where) -> unknownUri(uri, knownPackageUris, where, problems));
		each(NAMESPACE, text, odesign, (uri, where) -> {
			if (!XML_NAMESPACES.contains(uri)) {
				unknownUri(uri, knownPackageUris, where, problems);
			}
		});
		each(JAVA_ACTION, text, odesign, (id, where) -> {
			if (!declaredActions.contains(id)) {
				problems.add(where + ": external Java action " + id + " is not declared in the bundle's plugin.xml");
			}
		});
		return problems;
	}

	private static Set<String> declaredJavaActions(KnownBundle bundle) {
		String pluginXml = bundle.text("plugin.xml").orElse("<plugin/>");
		return PluginXml.parse(pluginXml, bundle.location() + "/plugin.xml").stream()
				.filter(element -> "org.eclipse.sirius.externalJavaAction".equals(element.extensionPoint()))
				.map(element -> element.attributes().get("id")).filter(id -> id != null).collect(Collectors.toSet());
	}

	/** The nsURI of every EPackage (and sub-package) in the .ecore files under the given folders. */
	static Set<String> packageUrisUnder(List<Path> folders) {
		return folders.stream().filter(Files::isDirectory).flatMap(OdesignCheck::ecoreFiles)
				.flatMap(ecore -> NS_URI.matcher(read(ecore)).results().map(match -> match.group(1)))
				.collect(Collectors.toSet());
	}

	private static void unknownUri(String uri, Set<String> known, String where, List<String> problems) {
		if (!known.contains(uri)) {
			problems.add(where + ": " + uri + " is the URI of no known metamodel");
		}
	}

	private interface Finding {
		void at(String value, String where);
	}

	private static void each(Pattern pattern, String text, Path file, Finding finding) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			long line = text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
			finding.at(matcher.group(1), file + ":" + line);
		}
	}

	private static List<Path> odesigns(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".odesign")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder, e);
		}
	}

	private static Stream<Path> ecoreFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().endsWith(".ecore")).toList().stream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}
}
