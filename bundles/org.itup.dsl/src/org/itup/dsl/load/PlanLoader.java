package org.itup.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.ItupStandaloneSetup;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.FrozenPlans;
import org.itup.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The one way every shell (command line, Maven plugin, tests, benchmarks) reads plans: every {@code .itup} file under
 * the given paths goes into one resource set, so references across files resolve, and is then validated.
 */
public class PlanLoader {

	private static Injector standaloneInjector;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private PlanIndex index;

	/** A loader for use outside an IDE; the language is set up once per process. */
	public static synchronized PlanLoader standalone() {
		if (standaloneInjector == null) {
			standaloneInjector = new ItupStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return standaloneInjector.getInstance(PlanLoader.class);
	}

	public LoadedPlans load(List<Path> roots) {
		List<PlanDiagnostic> diagnostics = new ArrayList<>();
		List<Path> files = PlanFiles.collect(roots, diagnostics::add);
		XtextResourceSet resourceSet = resourceSets.get();
		List<Path> parsed = new ArrayList<>();
		for (Path file : files) {
			if (parse(file, resourceSet, diagnostics)) {
				parsed.add(file);
			}
		}
		index.install(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		FrozenPlans.freeze(resourceSet);
		RuleSettingsLookup settings = new RuleSettingsLookup(roots, diagnostics::add);
		for (Path file : parsed) {
			validate(file, resourceSet.getResource(uriOf(file), false), settings.forFile(file), diagnostics);
		}
		diagnostics.sort(Comparator.comparing((PlanDiagnostic d) -> d.file().toString())
				.thenComparingInt(PlanDiagnostic::line).thenComparingInt(PlanDiagnostic::column));
		return new LoadedPlans(files, resourceSet, List.copyOf(diagnostics));
	}

	/** Reads one file into the resource set; returns false when its content cannot be parsed at all. */
	private static boolean parse(Path file, XtextResourceSet resourceSet, List<PlanDiagnostic> diagnostics) {
		byte[] bytes;
		try {
			bytes = PlanText.withoutBom(Files.readAllBytes(file));
		} catch (IOException e) {
			diagnostics.add(PlanDiagnostic.aboutFile(file, Severity.ERROR, "cannot read the file: " + e.getMessage(),
					IssueCodes.UNREADABLE_FILE));
			return false;
		}
		var notUtf8 = PlanText.checkUtf8(file, bytes);
		if (notUtf8.isPresent()) {
			diagnostics.add(notUtf8.get());
			return false;
		}
		var notText = ControlCharacters.check(file, new String(bytes, StandardCharsets.UTF_8));
		if (notText.isPresent()) {
			diagnostics.add(notText.get());
			return false;
		}
		if (PlanText.isBlank(bytes)) {
			diagnostics.add(new PlanDiagnostic(file, 1, 1, 1, 1, Severity.ERROR,
					"the file is empty: a plan file starts with 'plan <name>'", IssueCodes.EMPTY_FILE));
			return false;
		}
		Resource resource = resourceSet.createResource(uriOf(file));
		try {
			resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			return true;
		} catch (IOException e) {
			diagnostics.add(PlanDiagnostic.aboutFile(file, Severity.ERROR, "cannot read the file: " + e.getMessage(),
					IssueCodes.UNREADABLE_FILE));
		} catch (RuntimeException | StackOverflowError e) {
			if (!TooDeep.isCause(e)) {
				throw e;
			}
			diagnostics.add(TooDeep.diagnostic(file, new String(bytes, StandardCharsets.UTF_8)));
		}
		resourceSet.getResources().remove(resource);
		return false;
	}

	private void validate(Path file, Resource resource, RuleSettings settings, List<PlanDiagnostic> diagnostics) {
		IssuePositions positions = new IssuePositions(file,
				((XtextResource) resource).getParseResult().getRootNode().getText());
		try {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				settings.apply(positions.toDiagnostic(issue)).ifPresent(diagnostics::add);
			}
		} catch (RuntimeException | StackOverflowError e) {
			if (!TooDeep.isCause(e)) {
				throw e;
			}
			diagnostics.add(TooDeep.diagnostic(file, positions.text()));
		}
	}

	static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
