package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.itup.dsl.validation.FrozenPlans;
import org.itup.model.MonitoringFile;

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

	@Inject
	private PlanFileParser fileParser;

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
		RuleSettingsPreferences.setRoots(resourceSet, roots);
		List<Path> parsed = new ArrayList<>();
		for (PlanFileParser.Parsed file : ParallelParsing.each(files, fileParser::parse)) {
			diagnostics.addAll(file.diagnostics());
			file.resource().ifPresent(resource -> {
				resourceSet.getResources().add(resource); // taken from the resource set it was parsed in
				parsed.add(file.file());
			});
		}
		index.install(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		FrozenPlans.freeze(resourceSet);
		RuleSettingsLookup settings = new RuleSettingsLookup(roots, diagnostics::add);
		Map<Path, MonitoringFile> monitoring = new LinkedHashMap<>();
		for (Path file : parsed) {
			Resource resource = resourceSet.getResource(uriOf(file), false);
			validate(file, resource, settings.forFile(file), diagnostics);
			if (!resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof MonitoringFile monitoringFile) {
				monitoring.put(file, monitoringFile);
			}
		}
		// after validation: the data files' rows join the load as monitoring data, outside the validated text
		new MonitoringDataFiles(resourceSet,
				found -> settings.forFile(found.file()).apply(found).ifPresent(diagnostics::add)).read(monitoring);
		diagnostics.sort(Comparator.comparing((PlanDiagnostic d) -> d.file().toString())
				.thenComparingInt(PlanDiagnostic::line).thenComparingInt(PlanDiagnostic::column));
		return new LoadedPlans(files, resourceSet, List.copyOf(diagnostics));
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
