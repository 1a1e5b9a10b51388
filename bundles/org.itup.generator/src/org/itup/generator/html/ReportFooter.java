package org.itup.generator.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;

import org.itup.dsl.load.LoadedPlans;
import org.itup.generator.MarkupBuilder;

/**
 * The page's footer: which plan files the report was made from (their names and one SHA-256 over their contents,
 * so a reviewer can tell whether two printouts show the same plan) and which version of itup made it. No date:
 * the same files give the same report, byte for byte.
 */
public final class ReportFooter {

	private ReportFooter() {
	}

	static void write(ReportContext context, MarkupBuilder html) {
		write(context.loaded(), html);
	}

	/** The footer of any page made from these plan files (the progress report's too). */
	public static void write(LoadedPlans loaded, MarkupBuilder html) {
		List<Path> files = loaded.files().stream().sorted().toList();
		html.open("footer", "class", "provenance");
		html.element("p", "Made by itup " + version() + " from " + ReportSection.count(files.size(), "plan file",
				"plan files") + ": " + String.join(", ", files.stream().map(ReportFooter::name).toList()) + ".");
		html.open("p").text("SHA-256 of the plan files: ").element("code", hash(files)).close("p");
		html.close("footer");
	}

	/**
	 * The version of the generator bundle from its jar's manifest, without the build qualifier (a time stamp that
	 * would make every build's report differ).
	 */
	static String version() {
		try {
			Path location = Path.of(ReportFooter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (!Files.isRegularFile(location)) {
				return "(development build)";
			}
			try (JarFile jar = new JarFile(location.toFile())) {
				String version = jar.getManifest() == null ? null
						: jar.getManifest().getMainAttributes().getValue("Bundle-Version");
				return version == null ? "(unknown version)" : withoutQualifier(version);
			}
		} catch (IOException | URISyntaxException | SecurityException e) {
			return "(unknown version)";
		}
	}

	private static String withoutQualifier(String version) {
		String[] parts = version.split("\\.");
		return parts.length > 3 ? String.join(".", parts[0], parts[1], parts[2]) : version;
	}

	private static String name(Path file) {
		Path name = file.getFileName();
		return name == null ? file.toString() : name.toString();
	}

	/** One digest over each file's name and bytes in name order: renaming or editing any file changes it. */
	private static String hash(List<Path> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				digest.update((name(file) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
