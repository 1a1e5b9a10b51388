package org.itup.ide.apicheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle the check knows: a folder with sources (an itup bundle or an upstream one from the shared folder) or a jar
 * on the class path. Both are read the same way, by the path of an entry inside the bundle.
 */
record KnownBundle(BundleManifest manifest, Path location) {

	String name() {
		return manifest.symbolicName();
	}

	boolean isJar() {
		return Files.isRegularFile(location);
	}

	Optional<String> text(String entry) {
		try {
			if (!isJar()) {
				Path file = location.resolve(entry);
				return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
						: Optional.empty();
			}
			try (ZipFile jar = new ZipFile(location.toFile())) {
				ZipEntry found = jar.getEntry(entry);
				if (found == null) {
					return Optional.empty();
				}
				try (InputStream in = jar.getInputStream(found)) {
					return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + entry + " of " + location, e);
		}
	}

	/** The source folders that build.properties gives the bundle's class path ({@code source..}). */
	List<Path> sourceFolders() {
		Optional<String> buildProperties = isJar() ? Optional.empty() : text("build.properties");
		if (buildProperties.isEmpty()) {
			return List.of();
		}
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(buildProperties.get()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String folders = properties.getProperty("source..", "");
		return Arrays.stream(folders.split(",")).map(String::trim).filter(folder -> !folder.isEmpty())
				.map(location::resolve).filter(Files::isDirectory).toList();
	}
}
