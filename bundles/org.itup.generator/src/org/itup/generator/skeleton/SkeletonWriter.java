package org.itup.generator.skeleton;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.FileNames;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * Format {@code skeleton}: an operational-plan file per sector and year
 * ({@code operational/<plan>/<sector>-<year>.itup}), regenerated in place without losing what people wrote in its
 * protected regions. Options: {@link org.itup.generator.GenerationOptions#sector} (default: every sector) and
 * {@link org.itup.generator.GenerationOptions#year} (default: the plan's first).
 */
public final class SkeletonWriter implements PlanArtifactWriter {

	@Override
	public String format() {
		return "skeleton";
	}

	/** "a sector", or the plan's own word when all the plans asked for share it ("a programme"). */
	private static String sectorWord(GenerationRequest request) {
		List<String> words = request.plans().stream().map(plan -> plan.vocabulary().aOne(PlanLevel.SECTOR)).distinct()
				.toList();
		return words.size() == 1 ? words.get(0) : PlanVocabulary.DEFAULT.aOne(PlanLevel.SECTOR);
	}

	@Override
	public void check(GenerationRequest request) {
		String sectorCode = request.options().sector().orElse(null);
		if (sectorCode != null && request.plans().stream().allMatch(plan -> plan.sector(sectorCode).isEmpty())) {
			throw new GenerationOptionException("no plan has " + sectorWord(request) + " '" + sectorCode + "': use one of "
					+ String.join(", ", request.plans().stream().flatMap(plan -> plan.sectors().stream())
							.map(Sector::getName).distinct().toList()));
		}
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		check(request);
		String sectorCode = request.options().sector().orElse(null);
		for (StrategicPlan plan : request.plans()) {
			int year = request.options().skeletonYear(plan.header().getStartYear());
			List<Sector> sectors = sectorCode == null ? plan.sectors() : plan.sector(sectorCode).stream().toList();
			for (Sector sector : sectors) {
				write(output, SkeletonOutline.of(plan.name(), plan.currency(), sector, year), plan.vocabulary());
			}
			if (!sectors.isEmpty()) {
				SectorsGone.report(output, folderOf(plan.name()), plan.sectors(), plan.vocabulary());
			}
		}
	}

	static String folderOf(String planName) {
		return "operational/" + FileNames.segment(planName);
	}

	static String fileOf(String sectorName, int year) {
		return FileNames.segment(sectorName) + "-" + year + ".itup";
	}

	private static void write(OutputFolder output, SkeletonOutline outline, PlanVocabulary words)
			throws IOException {
		String file = folderOf(outline.planName()) + "/" + fileOf(outline.sectorName(), outline.year());
		Map<String, String> regions = Map.of();
		Optional<String> existing = existing(output, file);
		if (existing.isPresent()) {
			regions = SkeletonProof.regionsOf(existing.get(), outline, words, output.resolve(file).toString());
		}
		output.write(file, new SkeletonText(outline, regions, words).render());
	}

	private static Optional<String> existing(OutputFolder output, String file) throws IOException {
		try {
			return output.read(file);
		} catch (CharacterCodingException e) {
			throw new IOException(output.resolve(file) + ": not UTF-8 text; nothing was regenerated, so nothing in it"
					+ " is lost: save it as UTF-8 and generate again", e);
		}
	}
}
