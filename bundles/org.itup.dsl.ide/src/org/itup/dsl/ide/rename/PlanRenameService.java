package org.itup.dsl.ide.rename;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.ChangeConverter2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.codes.CodeCascade;
import org.itup.dsl.codes.CodeCascade.Renamed;
import org.itup.dsl.codes.PlanCodes;
import org.itup.dsl.validation.WholePlans;
import org.itup.model.PlanElement;

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
 * objectives, ...) and every reference would silently change meaning. Children whose codes repeat the renamed
 * code under the plan's code schemes are renamed with it, in the same workspace edit ({@link CascadeEdits}).
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

	@Inject
	private WholePlans wholePlans;

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

	/**
	 * Renames the element and, in the same edit, the codes of its children that repeat its code under the plan's
	 * code schemes ({@link CodeCascade}); a child whose new code is taken keeps its code.
	 */
	@Override
	protected void applyModifications(EObject element, WorkspaceEdit workspaceEdit,
			ServerRefactoringIssueAcceptor issues, Options options, ILanguageServerAccess.Context context) {
		List<Renamed> cascade = cascadeOf(element, options.getRenameParams().getNewName());
		// each child is found again by URI in a resource set of its own: the rename below changes this one
		Map<Renamed, URI> children = new LinkedHashMap<>();
		cascade.forEach(child -> children.put(child, EcoreUtil.getURI(child.element())));
		String parentChange = kind(element) + " " + PlanLabels.code(element) + " renamed "
				+ options.getRenameParams().getNewName();
		super.applyModifications(element, workspaceEdit, issues, options, context);
		if (children.isEmpty()) {
			return;
		}
		// one rename per child, so that every edit is known to belong to one cascaded code
		Map<Renamed, WorkspaceEdit> childEdits = new LinkedHashMap<>();
		children.forEach((child, uri) -> childEdits.put(child, renamedAlone(uri, child.newCode(), issues, options,
				context)));
		new CascadeEdits(workspaceEdit).add(childEdits, parentChange, annotationsSupported(options));
	}

	private List<Renamed> cascadeOf(EObject element, String newName) {
		if (!(element instanceof PlanElement renamed) || renamed.getName() == null) {
			return List.of();
		}
		StrategicPlan plan = wholePlans.of(renamed, null);
		IResourceDescriptions index = indexProvider.getResourceDescriptions(renamed.eResource());
		return plan == null ? List.of()
				: CodeCascade.of(PlanCodes.of(plan.parts()), renamed, newName,
						child -> clash(child.element(), child.newCode(), index) == null);
	}

	/** The edit renaming the element at this URI, worked out in a resource set of its own. */
	private WorkspaceEdit renamedAlone(URI element, String newCode, ServerRefactoringIssueAcceptor issues,
			Options options, ILanguageServerAccess.Context context) {
		URI file = context.getResource().getURI();
		ResourceSet resourceSet = options.getLanguageServerAccess().newLiveScopeResourceSet(file);
		resourceSet.getResource(file, true);
		IResourceServiceProvider services = getServiceProviderRegistry().getResourceServiceProvider(file);
		IChangeSerializer serializer = services.get(IChangeSerializer.class);
		services.get(IRenameStrategy2.class).applyRename(new RenameContext(
				List.of(new RenameChange(newCode, element)), resourceSet, serializer, issues));
		WorkspaceEdit edit = new WorkspaceEdit();
		serializer.applyModifications(
				services.get(ChangeConverter2.Factory.class).create(edit, options.getLanguageServerAccess()));
		return edit;
	}

	/** Whether the editor can show edits under change annotations and ask before applying them (LSP 3.16). */
	private static boolean annotationsSupported(Options options) {
		InitializeParams params = options.getLanguageServerAccess().getInitializeParams();
		ClientCapabilities client = params == null ? null : params.getCapabilities();
		WorkspaceClientCapabilities workspace = client == null ? null : client.getWorkspace();
		WorkspaceEditCapabilities edits = workspace == null ? null : workspace.getWorkspaceEdit();
		return edits != null && edits.getChangeAnnotationSupport() != null
				&& Boolean.TRUE.equals(edits.getDocumentChanges());
	}

	/** What an element is, in words: "goal", "target", "strategic risk". */
	static String kind(EObject element) {
		return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
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
				() -> kind(element));
		return "Cannot rename " + code + " to " + newName + ": " + kind + " " + newName
				+ " already exists in this plan. Choose a code no other " + kind + " uses.";
	}
}
