package org.itup.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.vocabulary.PlanWords;

import com.google.inject.Inject;

/**
 * An outline entry's detail says what level the element stands at, in the plan's own words ("Thematic priority",
 * "Programme"), since its name is only {@code code - title}.
 */
public class PlanSymbolDetails extends DocumentSymbolDetailsProvider {

	@Inject
	private PlanWords words;

	@Override
	public String getDetails(EObject element) {
		return PlanVocabulary.levelOf(element).map(level -> words.of(element).oneTitle(level))
				.orElseGet(() -> super.getDetails(element));
	}
}
