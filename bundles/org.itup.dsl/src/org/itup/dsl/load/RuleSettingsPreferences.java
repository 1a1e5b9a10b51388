package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;

import com.google.inject.Singleton;

/**
 * Gives Xtext's configurable severities the rule settings of the plan file's folder ({@value RuleSettings#FILE_NAME},
 * the nearest one at or above the file, up to the folder the user named), so every validation run (command line,
 * Maven plugin, language server, Eclipse editor) reports each rule with the severity the plan folder sets. The file
 * is read at each validation, so an edit to it applies at the next check without a restart. Problems in the
 * settings file itself are reported by the plan loader, not here.
 */
@Singleton
public class RuleSettingsPreferences implements IPreferenceValuesProvider {

	/** Where a resource set says which folders the user named (the plan loader sets it). */
	private static final String ROOTS_OPTION = RuleSettingsPreferences.class.getName() + ".roots";

	private volatile List<Path> defaultRoots = List.of();

	/** The folders an editor has open, for resource sets that do not say theirs. */
	public void setDefaultRoots(List<Path> roots) {
		defaultRoots = List.copyOf(roots);
	}

	/** Records in a resource set the folders the user named, above which no settings file applies. */
	public static void setRoots(ResourceSet resourceSet, List<Path> roots) {
		resourceSet.getLoadOptions().put(ROOTS_OPTION, List.copyOf(roots));
	}

	@Override
	public IPreferenceValues getPreferenceValues(Resource resource) {
		RuleSettings settings = fileOf(resource)
				.map(file -> new RuleSettingsLookup(rootsOf(resource), problem -> {
				}).forFile(file))
				.orElse(RuleSettings.none());
		return key -> settings.severityPreference(key.getId()).orElse(key.getDefaultValue());
	}

	private List<Path> rootsOf(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		Map<Object, Object> options = resourceSet == null ? Map.of() : resourceSet.getLoadOptions();
		Object roots = options.get(ROOTS_OPTION);
		if (roots instanceof List<?> list) {
			return list.stream().map(Path.class::cast).toList();
		}
		return defaultRoots;
	}

	/** The file on disk, also for a workspace URI in Eclipse ({@code platform:/resource/...}). */
	private static Optional<Path> fileOf(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null) {
			return Optional.empty();
		}
		URI resolved = uri.isPlatform() ? CommonPlugin.resolve(uri) : uri;
		if (!resolved.isFile()) {
			return Optional.empty();
		}
		return Optional.of(Path.of(resolved.trimFragment().toFileString()).toAbsolutePath().normalize());
	}
}
