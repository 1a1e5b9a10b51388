package org.itup.dsl.ide.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.itup.analysis.reference.SdgCodes;
import org.itup.analysis.reference.SdgTitles;
import org.itup.analysis.reference.WsisActionLines;

import com.google.inject.Singleton;

/**
 * The official titles hovers and completion show for SDG and WSIS codes. WSIS names ship with itup; SDG titles are
 * not redistributable, so they come from a folder the user names (the {@code itup.sdgTitles} setting, or
 * {@code itup lsp --sdg-titles}). One instance per language injector, not a static field: the language server
 * reaches it through the language's resource service provider ({@code PlanLanguageServer.useSdgTitles}).
 */
@Singleton
public class ReferenceTitles {

	private volatile SdgTitles sdgTitles = SdgTitles.none();

	/**
	 * Reads the SDG titles of one language folder (e.g. {@code .../sdg/en}).
	 *
	 * @return false, leaving the previous titles, when the folder does not exist
	 */
	public boolean configureSdgTitles(Path languageFolder) {
		if (languageFolder == null || !Files.isDirectory(languageFolder)) {
			return false;
		}
		sdgTitles = SdgTitles.read(languageFolder);
		return true;
	}

	public boolean hasSdgTitles() {
		return !sdgTitles.isEmpty();
	}

	/** The title of an SDG goal, target or indicator, or of a WSIS action line (C1-C11). */
	public Optional<String> title(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (WsisActionLines.exists(code)) {
			return WsisActionLines.name(code);
		}
		return sdgTitles.title(SdgCodes.officialForm(code));
	}
}
