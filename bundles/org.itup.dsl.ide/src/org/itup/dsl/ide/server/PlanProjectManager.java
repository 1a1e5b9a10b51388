package org.itup.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.itup.dsl.load.ParallelParsing;
import org.itup.dsl.load.PlanFileParser;

/**
 * The stock project manager, except that a build of many files (the first one, when the editor opens a workspace;
 * a checkout that changes many files) parses them on several threads before the stock builder runs, as the loader
 * does ({@link ParallelParsing}): the builder parses one file after another on one thread, and parsing was about a
 * third of the server's start at 100x (docs/performance.md). Each text is read through the build's resource set,
 * so a document open in the editor is parsed with its unsaved text, as the builder would read it.
 */
public class PlanProjectManager extends ProjectManager {

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		if (changedFiles.size() > 1 && request.getResourceSet() instanceof ResourcesParsedAhead resources) {
			parseAhead(changedFiles, resources);
		}
		return request;
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		try {
			return super.doBuild(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		} finally {
			if (getResourceSet() instanceof ResourcesParsedAhead resources) {
				resources.forgetParsedAhead();
			}
		}
	}

	private void parseAhead(List<URI> files, ResourcesParsedAhead resources) {
		List<Text> texts = new ArrayList<>();
		for (URI file : files) {
			IResourceServiceProvider language = languagesRegistry.getResourceServiceProvider(file);
			if (language != null) {
				PlanFileParser parser = language.get(PlanFileParser.class);
				read(file, resources).map(text -> new Text(file, text, parser)).ifPresent(texts::add);
			}
		}
		Map<?, ?> options = resources.getLoadOptions();
		ParallelParsing.each(texts, text -> text.parse(options)).stream().filter(Objects::nonNull)
				.forEach(resources::offer);
	}

	/**
	 * The file's text as the builder would read it: an open document's text as the editor holds it, else the
	 * file's bytes. Unreadable: empty, and the builder reports it as it always did.
	 */
	private static Optional<InputStream> read(URI file, XtextResourceSet resources) {
		try {
			InputStream in = resources.getURIConverter().createInputStream(file, resources.getLoadOptions());
			if (in instanceof LazyStringInputStream open) {
				return Optional.of(open); // the parser takes its string as it is
			}
			try (in) {
				return Optional.of(new ByteArrayInputStream(in.readAllBytes()));
			}
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** One file's text and the parser of its language. */
	private record Text(URI file, InputStream content, PlanFileParser parser) {

		/** The parsed resource, or null when parsing failed: the builder then parses it and reports the failure. */
		Resource parse(Map<?, ?> options) {
			try {
				return parser.parseAlone(file, content, options);
			} catch (IOException | RuntimeException | StackOverflowError e) {
				return null;
			}
		}
	}
}
