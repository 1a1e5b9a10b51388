package org.itup.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.serializer.sequencer.IHiddenTokenSequencer;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IResourceValidator;
import org.itup.dsl.formatting2.PlanFormatter;
import org.itup.dsl.linking.PlanLinkingMessages;
import org.itup.dsl.linking.PlanResource;
import org.itup.dsl.load.RuleSettingsPreferences;
import org.itup.dsl.parser.PlanParser;
import org.itup.dsl.parser.PlanSyntaxErrorMessages;
import org.itup.dsl.parser.PlanValueConverters;
import org.itup.dsl.scoping.PlanNamespaceScopeProvider;
import org.itup.dsl.scoping.PlanQualifiedNameProvider;
import org.itup.dsl.serializer.LinkageLineSequencer;
import org.itup.dsl.validation.PlanIssueCodes;
import org.itup.dsl.validation.PlanPartsAffected;
import org.itup.dsl.validation.PlanResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime bindings of the plan language, used standalone and by the language server.
 */
public class ItupRuntimeModule extends AbstractItupRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PlanQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	/** Sets a broken entry aside and parses the rest of the file as written (see PlanParser). */
	@Override
	public Class<? extends IParser> bindIParser() {
		return PlanParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlanSyntaxErrorMessages.class;
	}

	/**
	 * EMF's generic checks of every object (multiplicities, data values, proxies) find nothing in a model the parser
	 * and linker built: no feature of the metamodel is required, and unresolved codes are the linker's findings. They
	 * took about a tenth of validation at 100x (issue 15), so only the plan's own rules run.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(Boolean.FALSE);
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PlanNamespaceScopeProvider.class);
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return PlanFormatter.class;
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}

	/** Each rule's default severity, which a plan folder's rule settings may change (see PlanIssueCodes). */
	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return PlanIssueCodes.class;
	}

	/** The severities a plan folder's itup-rules.properties sets, for every validation run. */
	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return RuleSettingsPreferences.class;
	}

	/** Unresolved codes named in plan words, with the codes that exist. */
	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return PlanLinkingMessages.class;
	}

	/** Keeps linking errors in time linear in their number. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PlanResource.class;
	}

	/** After a change, an editor's builder checks every other part of the changed file's plan again. */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return PlanPartsAffected.class;
	}

	/** Caps the findings of one rule in one file, wherever plans are validated. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return PlanResourceValidator.class;
	}

	/** Lines up the linkage clauses that an edit in the linkage matrix adds to an objective. */
	public Class<? extends IHiddenTokenSequencer> bindIHiddenTokenSequencer() {
		return LinkageLineSequencer.class;
	}
}
