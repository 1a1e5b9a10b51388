package org.itup.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.itup.analysis.monitoring.Period;
import org.itup.analysis.reference.SdgTitles;
import org.itup.generator.check.FailLevel;

/**
 * What the user asked of one generation run, the same for every shell (command line, Maven plugin). Each value is
 * checked when it is set, so a mistyped format, year or titles folder is a {@link GenerationOptionException} before
 * any plan is loaded; what only the plans can tell (a sector no plan has) is left to the writers'
 * {@link PlanArtifactWriter#check}.
 *
 * @param writers   the formats to write, in order; default: every format
 * @param sector    the operational-plan skeleton's sector; default: every sector
 * @param year      the skeleton's detailed year; default: each plan's first year
 * @param sdgTitles official SDG titles to show beside the codes; default: none
 * @param refuseAt  the least severe finding that stops the run; default: errors
 * @param force     generate even when the plans have findings at {@code refuseAt}
 * @param period    the period statuses are judged as of, in the exports and the report, and of the annual
 *                  progress report written beside each plan report; default: none (the exports judge as of
 *                  the latest measured period, and no progress report is written)
 */
public record GenerationOptions(List<PlanArtifactWriter> writers, Optional<String> sector, OptionalInt year,
		SdgTitles sdgTitles, FailLevel refuseAt, boolean force, Optional<Period> period) {

	/** The last year whose three forecast years still have four digits, as the language requires. */
	private static final int LAST_YEAR = 9996;
	private static final int FIRST_YEAR = 1000;

	public GenerationOptions {
		writers = List.copyOf(writers);
		Objects.requireNonNull(sector);
		Objects.requireNonNull(year);
		Objects.requireNonNull(sdgTitles);
		Objects.requireNonNull(refuseAt);
		Objects.requireNonNull(period);
	}

	/** Every format, every sector, each plan's first year, no titles, refusing plans with errors. */
	public static GenerationOptions defaults() {
		return new GenerationOptions(PlanArtifactWriters.all(), Optional.empty(), OptionalInt.empty(),
				SdgTitles.none(), FailLevel.ERROR, false, Optional.empty());
	}

	/** Only the named formats; an unknown name is refused, naming the known ones. */
	public GenerationOptions formats(List<String> names) {
		return checked(new GenerationOptions(PlanArtifactWriters.named(names), sector, year, sdgTitles, refuseAt,
				force, period));
	}

	public GenerationOptions sector(String code) {
		return new GenerationOptions(writers, Optional.of(code), year, sdgTitles, refuseAt, force,
				period);
	}

	/** The skeleton's year as the user typed it: four digits, and three forecast years that still have four. */
	public GenerationOptions year(String text) {
		return new GenerationOptions(writers, sector, OptionalInt.of(parseYear(text)), sdgTitles, refuseAt, force,
				period);
	}

	/** Reads the titles now, so a typo in the folder's name is refused before anything is generated. */
	public GenerationOptions sdgTitles(Path folder) {
		try {
			return new GenerationOptions(writers, sector, year, SdgTitles.readNamedFolder(folder), refuseAt, force,
					period);
		} catch (SdgTitles.UnreadableTitles e) {
			throw new GenerationOptionException(e.getMessage());
		}
	}

	public GenerationOptions refuseAt(FailLevel level) {
		return new GenerationOptions(writers, sector, year, sdgTitles, level, force, period);
	}

	public GenerationOptions forced(boolean forced) {
		return new GenerationOptions(writers, sector, year, sdgTitles, refuseAt, forced, period);
	}

	/**
	 * The period of the progress report as the user typed it (2022, 2022-Q3, 2022-07 or 2020-2021), read once here
	 * so a mistyped one is a usage error before any plan is loaded.
	 */
	public GenerationOptions period(String text) {
		try {
			return checked(new GenerationOptions(writers, sector, year, sdgTitles, refuseAt, force,
					Optional.of(Period.parse(text))));
		} catch (IllegalArgumentException e) {
			throw new GenerationOptionException(e.getMessage());
		}
	}

	/** A period asked for with none of the formats that show statuses would change nothing: say so. */
	private static GenerationOptions checked(GenerationOptions options) {
		if (options.period.isPresent() && options.writers.stream().noneMatch(PlanArtifactWriter::showsStatuses)) {
			List<String> judged = PlanArtifactWriters.all().stream().filter(PlanArtifactWriter::showsStatuses)
					.map(PlanArtifactWriter::format).toList();
			throw new GenerationOptionException("the period " + options.period.get()
					+ " judges the statuses that the report and the exports show: add "
					+ String.join(", ", judged.subList(0, judged.size() - 1)) + " or " + judged.get(judged.size() - 1)
					+ " to the formats");
		}
		return options;
	}

	/**
	 * The year the skeleton of a plan starting in {@code startYear} (0 when the plan has none) details: the one the
	 * user chose, else the plan's first, else this year.
	 */
	public int skeletonYear(int startYear) {
		if (year.isPresent()) {
			return year.getAsInt();
		}
		return startYear > 0 ? Math.min(startYear, LAST_YEAR) : java.time.Year.now().getValue();
	}

	private static int parseYear(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		} catch (NumberFormatException e) {
			// reported below, with the value the user gave
		}
		throw new GenerationOptionException("not a year: '" + text + "' (give four digits, e.g. 2021)");
	}
}
