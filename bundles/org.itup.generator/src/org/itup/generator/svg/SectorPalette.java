package org.itup.generator.svg;

import java.util.List;
import java.util.Optional;

import org.itup.analysis.chain.ElementKind;
import org.itup.analysis.chain.ResultsChain;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * A colour per sector, in the plan's sector order, light enough for dark text on it and with a strong border of the
 * same hue; goals and targets, which belong to the whole plan, have their own neutral colours.
 */
public final class SectorPalette {

	private static final String[][] COLOURS = { { "#dbe9f6", "#1f5f99" }, { "#fde3cc", "#b35410" },
			{ "#d9f0d3", "#2a7a2a" }, { "#ecdff5", "#6d3a90" }, { "#fbd9d9", "#a8322a" }, { "#d6f2f0", "#146f67" },
			{ "#f4ecd0", "#7a610b" }, { "#e6e6e6", "#4d4d4d" } };
	private static final String[] GOAL = { "#1f3a5f", "#0f1f33" };
	private static final String[] TARGET = { "#f3f6fa", "#6b7c93" };

	private final List<Sector> sectors;

	public SectorPalette(List<Sector> sectors) {
		this.sectors = List.copyOf(sectors);
	}

	public List<Sector> sectors() {
		return sectors;
	}

	public String fill(Sector sector) {
		return colours(sector)[0];
	}

	public String stroke(Sector sector) {
		return colours(sector)[1];
	}

	/** Fill and border of an element's node. */
	String[] colours(PlanElement element) {
		ElementKind kind = ElementKind.of(element);
		if (kind == ElementKind.GOAL) {
			return GOAL;
		}
		Optional<Sector> sector = ResultsChain.sectorOf(element);
		return kind == ElementKind.TARGET || sector.isEmpty() ? TARGET : colours(sector.get());
	}

	/** How a sector is named to readers: its code and, when the plan gives one, its title ("I Inter-sectoral"). */
	public static String nameOf(Sector sector) {
		// under --force a sector's code may not have parsed; its colour still needs a name in the legend
		String code = sector.getName() == null ? "Sector" : sector.getName();
		String title = sector.getTitle();
		return title == null || title.isBlank() ? code : code + " " + title.strip();
	}

	static String goalFill() {
		return GOAL[0];
	}

	static String targetFill() {
		return TARGET[0];
	}

	private String[] colours(Sector sector) {
		int index = sectors.indexOf(sector);
		return COLOURS[Math.floorMod(index, COLOURS.length)];
	}
}
