package org.itup.generator.skeleton;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.FileNames;
import org.itup.generator.OutputFolder;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * Skeletons of sectors the strategic plan no longer has (renamed or dropped). Like the region of an output that left
 * the plan, their work is retired, never deleted: the file stays as it was and the run tells the user where it is.
 */
final class SectorsGone {

	private static final Pattern SKELETON = Pattern.compile("(.+)-(\\d{4})\\.itup");

	private SectorsGone() {
	}

	static void report(OutputFolder output, String folder, List<Sector> sectors, PlanVocabulary words)
			throws IOException {
		Set<String> current = new HashSet<>();
		sectors.forEach(sector -> current.add(FileNames.segment(sector.getName())));
		for (String file : output.filesIn(folder)) {
			Matcher skeleton = SKELETON.matcher(file);
			if (skeleton.matches() && !current.contains(skeleton.group(1))) {
				String sector = words.one(PlanLevel.SECTOR);
				output.notice(folder + "/" + file + ": the plan has no " + sector + " '" + skeleton.group(1)
						+ "' any more; the skeleton is kept as it was, with its work: move what you need into the"
						+ " skeleton of the " + sector + " that took its place");
			}
		}
	}
}
