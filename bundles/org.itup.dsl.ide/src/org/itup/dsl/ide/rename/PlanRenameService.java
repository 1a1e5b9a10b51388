package org.itup.dsl.ide.rename;

import java.util.Locale;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.ide.labels.PlanLabels;
import org.itup.dsl.vocabulary.PlanWords;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;

/**
 * Renames a code in every file of the plan, but refuses a name that is not a code ({@link CodeSyntax}), and a
 * code that the plan already uses for an element of the same kind: the rename would merge two goals (or
 * objectives, ...) and every reference would silently change meaning.
 */
public class PlanRenameService extends RenameService2 {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private CodeSyntax codeSyntax;

	@Inject
	private PlanWords words;

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName();
		String clash;
		try {
			clash = options.getLanguageServerAccess().doRead(uri, context -> {
				if (!(context.getResource() instanceof XtextResource resource)) {
					return null;
				}
				EObject element = getElementAtOffset(resource, context.getDocument(),
						options.getRenameParams().getPosition());
				IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
				return element == null ? null : refusal(element, newName, index);
			}).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException e) {
			// the document is gone or unreadable: the stock service reports that in its own words
			return super.rename(options);
		}
		if (clash != null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, clash, null));
		}
		return super.rename(options);
	}

	/** @return why the rename is refused, or null when the new name is a code no other element of its kind has */
	private String refusal(EObject element, String newName, IResourceDescriptions index) {
		String malformed = codeSyntax.refusal(element, newName);
		if (malformed != null) {
			String code = PlanLabels.code(element);
			return "Cannot rename " + (code == null ? "this element" : code) + ": " + malformed;
		}
		return clash(element, newName, index);
	}

	/** @return the refusal message, or null when the new code is free */
	private String clash(EObject element, String newName, IResourceDescriptions index) {
		QualifiedName current = names.getFullyQualifiedName(element);
		String code = PlanLabels.code(element);
		if (current == null || code == null || newName == null || newName.isBlank()) {
			return null;
		}
		QualifiedName plan = current.skipLast(converter.toQualifiedName(code).getSegmentCount());
		QualifiedName wanted = plan.append(converter.toQualifiedName(newName));
		if (wanted.equals(current) || Iterables.isEmpty(index.getExportedObjects(element.eClass(), wanted, false))) {
			return null;
		}
		String kind = PlanVocabulary.levelOf(element).map(level -> words.of(element).one(level)).orElseGet(
				() -> element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
		return "Cannot rename " + code + " to " + newName + ": " + kind + " " + newName
				+ " already exists in this plan. Choose a code no other " + kind + " uses.";
	}
}
