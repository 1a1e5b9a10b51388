package org.itup.dsl.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.serializer.hooks.IReferenceUpdater;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.resource.containers.ProjectDescriptionBasedContainerManager;
import org.itup.dsl.ide.contentassist.PlanCrossrefProposals;
import org.itup.dsl.ide.contentassist.PlanProposalProvider;
import org.itup.dsl.ide.formatting.PlanFormattingService;
import org.itup.dsl.ide.folding.PlanFolding;
import org.itup.dsl.ide.highlighting.PlanHighlighting;
import org.itup.dsl.ide.hover.PlanHoverService;
import org.itup.dsl.ide.quickfix.PlanCodeActions;
import org.itup.dsl.ide.rename.PlanReferenceUpdater;
import org.itup.dsl.ide.rename.PlanRenameService;
import org.itup.dsl.ide.server.NothingToGenerate;
import org.itup.dsl.ide.server.WholeProjectContainers;
import org.itup.dsl.ide.symbols.PlanSymbolDetails;
import org.itup.dsl.ide.symbols.PlanSymbolKinds;
import org.itup.dsl.ide.symbols.PlanSymbolNames;

/**
 * Editor-neutral services of the plan language, used by the language server (and so by every LSP editor).
 * One binding per service, so bindings added by other features merge without touching these.
 */
public class ItupIdeModule extends AbstractItupIdeModule {

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return PlanCodeActions.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PlanProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return PlanCrossrefProposals.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return PlanHoverService.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return PlanRenameService.class;
	}

	public Class<? extends IReferenceUpdater> bindIReferenceUpdater() {
		return PlanReferenceUpdater.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return PlanSymbolNames.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return PlanSymbolDetails.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return PlanSymbolKinds.class;
	}

	/** Without a provider the stock server announces no folding at all. */
	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return PlanFolding.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return PlanFormattingService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PlanHighlighting.class;
	}

	/** Keeps the builder from validating each file twice; see {@link NothingToGenerate}. */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	/** Containers that read the project's index instead of copying it per file; see {@link WholeProjectContainers}. */
	public Class<? extends ProjectDescriptionBasedContainerManager> bindProjectDescriptionBasedContainerManager() {
		return WholeProjectContainers.class;
	}
}
