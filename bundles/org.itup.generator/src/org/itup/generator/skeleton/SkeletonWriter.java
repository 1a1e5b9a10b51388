package org.itup.generator.skeleton;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itup.analysis.StrategicPlan;
import org.itup.generator.FileNames;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.model.Sector;

/**
 * Format {@code skeleton}: an operational-plan file per sector and year
 * ({@code operational/<plan>/<sector>-<year>.itup}), regenerated in place without losing what people wrote in its
 * protected regions. Options: {@code sector} (default: every sector) and {@code year} (default: the plan's first).
 */
public final class SkeletonWriter implements PlanArtifactWriter {

	public static final String SECTOR = "sector";
	public static final String YEAR = "year";
	/** The last year whose three forecast years still have four digits, as the language requires. */
	private static final int LAST_YEAR = 9996;

	@Override
	public String format() {
		return "skeleton";
	}

	@Override
	public void check(GenerationRequest request) {
		for (StrategicPlan plan : request.plans()) {
			year(request.options().get(YEAR), plan);
		}
		String sectorCode = request.options().get(SECTOR);
		if (sectorCode != null && request.plans().stream().allMatch(plan -> plan.sector(sectorCode).isEmpty())) {
			throw new GenerationOptionException("no plan has a sector '" + sectorCode + "': use one of "
					+ String.join(", ", request.plans().stream().flatMap(plan -> plan.sectors().stream())
							.map(Sector::getName).distinct().toList()));
		}
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		check(request);
		String sectorCode = request.options().get(SECTOR);
		for (StrategicPlan plan : request.plans()) {
			int year = year(request.options().get(YEAR), plan);
			List<Sector> sectors = sectorCode == null ? plan.sectors() : plan.sector(sectorCode).stream().toList();
			for (Sector sector : sectors) {
				write(output, SkeletonOutline.of(plan.name(), sector, year));
			}
			if (!sectors.isEmpty()) {
				SectorsGone.report(output, folderOf(plan.name()), plan.sectors());
			}
		}
	}

	static String folderOf(String planName) {
		return "operational/" + FileNames.segment(planName);
	}

	static String fileOf(String sectorName, int year) {
		return FileNames.segment(sectorName) + "-" + year + ".itup";
	}

	private static void write(OutputFolder output, SkeletonOutline outline) throws IOException {
		String file = folderOf(outline.planName()) + "/" + fileOf(outline.sectorName(), outline.year());
		Map<String, String> regions = Map.of();
		Optional<String> existing = existing(output, file);
		if (existing.isPresent()) {
			regions = SkeletonProof.regionsOf(existing.get(), outline, output.resolve(file).toString());
		}
		output.write(file, new SkeletonText(outline, regions).render());
	}

	private static Optional<String> existing(OutputFolder output, String file) throws IOException {
		try {
			return output.read(file);
		} catch (CharacterCodingException e) {
			throw new IOException(output.resolve(file) + ": not UTF-8 text; nothing was regenerated, so nothing in it"
					+ " is lost: save it as UTF-8 and generate again", e);
		}
	}

	private static int year(String option, StrategicPlan plan) {
		if (option == null) {
			int start = plan.header().getStartYear();
			return start > 0 ? Math.min(start, LAST_YEAR) : java.time.Year.now().getValue();
		}
		try {
			int year = Integer.parseInt(option.strip());
			if (year >= 1000 && year <= LAST_YEAR) {
				return year;
			}
		} catch (NumberFormatException e) {
			// reported below, with the value the user gave
		}
		throw new GenerationOptionException("not a year: '" + option + "' (give four digits, e.g. 2021)");
	}
}
