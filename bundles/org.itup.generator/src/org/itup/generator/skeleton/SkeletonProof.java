package org.itup.generator.skeleton;

import java.io.IOException;
import java.util.Map;
import org.itup.analysis.vocabulary.PlanVocabulary;

/**
 * Whether a file at a skeleton's place is one itup wrote, so that regenerating it keeps everything a person wrote in
 * it. Only the protected regions survive regeneration; a file must therefore render again, byte for byte, from its
 * own objectives and outputs and the contents of its regions. A hand-written operational plan, a region whose marker
 * lines were deleted or mistyped, or an edit outside the regions fails that test, and the run stops naming the file
 * and the first line that differs, rather than replace text no region holds.
 */
final class SkeletonProof {

	private SkeletonProof() {
	}

	/** The regions of an existing skeleton at the place of {@code outline}'s, once it is proven itup's. */
	static Map<String, String> regionsOf(String existing, SkeletonOutline outline, PlanVocabulary words,
			String fileName)
			throws IOException {
		ProtectedRegions.Reading reading = ProtectedRegions.reading(existing, fileName);
		SkeletonOutline written = SkeletonOutline.read(reading.outside(), outline.planName(), outline.sectorName(),
				outline.year());
		String rendered = new SkeletonText(written, reading.regions(), words).render();
		if (!rendered.equals(existing)) {
			throw new IOException(fileName + ":" + firstDifferentLine(existing, rendered) + ": this is not the"
					+ " skeleton itup wrote for " + outline.sectorName() + " " + outline.year() + " (it differs here,"
					+ " outside the protected regions), so regenerating would lose text; nothing was generated. Move"
					+ " the file away, or put the text back between its BEGIN and END PROTECTED REGION lines, and"
					+ " generate again");
		}
		return reading.regions();
	}

	private static int firstDifferentLine(String existing, String rendered) {
		int line = 1;
		for (int i = 0; i < Math.min(existing.length(), rendered.length()); i++) {
			if (existing.charAt(i) != rendered.charAt(i)) {
				return line;
			}
			line += existing.charAt(i) == '\n' ? 1 : 0;
		}
		return line;
	}
}
