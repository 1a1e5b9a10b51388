package org.itup.dsl.ide.quickfix;

import java.util.List;

/**
 * The fixes for the diagnostics of one or more issue codes. Returns no fix when the model around the diagnostic no
 * longer matches (the user typed on), never throws.
 */
public interface IssueFix {

	List<String> codes();

	List<PlanQuickFix> fixes(FixContext context);
}
