package org.itup.dsl.ide.quickfix;

import java.util.List;
import java.util.Locale;

import org.itup.dsl.validation.IssueCodes;

/**
 * Writes an SDG code in its official lower-case form ({@code 9.C.1} becomes {@code 9.c.1}).
 */
final class SdgLowerCaseFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.SDG_CODE_CASE);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		String code = context.marked();
		String official = code.toLowerCase(Locale.ROOT);
		if (code.isEmpty() || code.equals(official)) {
			return List.of();
		}
		return List.of(PlanQuickFix.of("Write the official code '" + official + "'",
				new PlanTextEdit(context.offset(), context.length(), official)));
	}
}
