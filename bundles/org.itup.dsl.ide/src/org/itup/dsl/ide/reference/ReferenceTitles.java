package org.itup.dsl.ide.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.itup.analysis.reference.SdgCodes;
import org.itup.analysis.reference.SdgTitles;
import org.itup.analysis.reference.WsisActionLines;

/**
 * The official titles hovers and completion show for SDG and WSIS codes. WSIS names ship with itup; SDG titles are
 * not redistributable, so they come from a folder the user names (the {@code itup.sdgTitles} setting). One language
 * server serves one user, so the folder is configured once per process.
 */
public final class ReferenceTitles {

	private static volatile SdgTitles sdgTitles = SdgTitles.none();

	private ReferenceTitles() {
	}

	/**
	 * Reads the SDG titles of one language folder (e.g. {@code .../sdg/en}).
	 *
	 * @return false, leaving the previous titles, when the folder does not exist
	 */
	public static boolean configureSdgTitles(Path languageFolder) {
		if (languageFolder == null || !Files.isDirectory(languageFolder)) {
			return false;
		}
		sdgTitles = SdgTitles.read(languageFolder);
		return true;
	}

	public static void forgetSdgTitles() {
		sdgTitles = SdgTitles.none();
	}

	public static boolean hasSdgTitles() {
		return !sdgTitles.isEmpty();
	}

	/** The title of an SDG goal, target or indicator, or of a WSIS action line (C1-C11). */
	public static Optional<String> title(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (WsisActionLines.exists(code)) {
			return WsisActionLines.name(code);
		}
		return sdgTitles.title(SdgCodes.officialForm(code));
	}
}
