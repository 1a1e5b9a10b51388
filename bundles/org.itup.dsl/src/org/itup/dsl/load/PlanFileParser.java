package org.itup.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads one plan file into a resource of its own: its bytes are checked to be plan text first (UTF-8, no control
 * characters, not empty), then parsed. Each file gets a resource set of its own, which the loader's resource set
 * takes the resource from afterwards: so files can be parsed on several threads at once without sharing anything
 * but the language's stateless parser (see {@link ParallelParsing}). The language server's builder parses ahead the
 * same way ({@link #parseAlone}).
 */
public class PlanFileParser {

	/** One file's outcome: its parsed resource, if its text could be parsed at all, and what was wrong with it. */
	record Parsed(Path file, Optional<Resource> resource, List<PlanDiagnostic> diagnostics) {
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	Parsed parse(Path file) {
		List<PlanDiagnostic> diagnostics = new ArrayList<>();
		Optional<Resource> resource = readText(file, diagnostics).flatMap(bytes -> load(file, bytes, diagnostics));
		return new Parsed(file, resource, diagnostics);
	}

	private static Optional<byte[]> readText(Path file, List<PlanDiagnostic> diagnostics) {
		byte[] bytes;
		try {
			bytes = PlanText.withoutBom(Files.readAllBytes(file));
		} catch (IOException e) {
			diagnostics.add(unreadable(file, e));
			return Optional.empty();
		}
		Optional<PlanDiagnostic> notText = PlanText.checkUtf8(file, bytes)
				.or(() -> notPlanText(file, new String(bytes, StandardCharsets.UTF_8)));
		notText.ifPresent(diagnostics::add);
		return notText.isPresent() ? Optional.empty() : Optional.of(bytes);
	}

	/** UTF-8 text that is still no plan: it holds control characters, or nothing but blanks and comments. */
	private static Optional<PlanDiagnostic> notPlanText(Path file, String text) {
		return ControlCharacters.check(file, text).or(() -> PlanText.isBlank(text)
				? Optional.of(new PlanDiagnostic(file, 1, 1, 1, 1, Severity.ERROR,
						"the file is empty: a plan file starts with 'plan <name>'", IssueCodes.EMPTY_FILE))
				: Optional.empty());
	}

	/**
	 * Parses plan text into a resource of a resource set of its own, which a shared resource set takes it from
	 * afterwards; nothing but the language's parser is shared, so several threads may parse at once.
	 *
	 * @param options the load options of the resource set that will take the resource
	 */
	public Resource parseAlone(URI uri, InputStream text, Map<?, ?> options) throws IOException {
		Resource resource = resourceSets.get().createResource(uri);
		resource.load(text, options);
		return resource;
	}

	private Optional<Resource> load(Path file, byte[] bytes, List<PlanDiagnostic> diagnostics) {
		try {
			return Optional.of(parseAlone(PlanLoader.uriOf(file), new ByteArrayInputStream(bytes),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8")));
		} catch (IOException e) {
			diagnostics.add(unreadable(file, e));
		} catch (RuntimeException | StackOverflowError e) {
			if (!TooDeep.isCause(e)) {
				throw e;
			}
			diagnostics.add(TooDeep.diagnostic(file, new String(bytes, StandardCharsets.UTF_8)));
		}
		return Optional.empty();
	}

	private static PlanDiagnostic unreadable(Path file, IOException e) {
		return PlanDiagnostic.aboutFile(file, Severity.ERROR, "cannot read the file: " + e.getMessage(),
				IssueCodes.UNREADABLE_FILE);
	}
}
