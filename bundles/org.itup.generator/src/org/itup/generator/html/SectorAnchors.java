package org.itup.generator.html;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itup.analysis.StrategicPlan;
import org.itup.generator.svg.ElementText;
import org.itup.model.Sector;

/**
 * A sector's section and diagram in the report are anchored by the file-name form of its code, the rule every
 * writer uses: two sectors whose codes make one name ({@code ^A} and {@code _A}) would give two sections one anchor, and
 * the navigation, the filter and the diagram links would reach only the first. The report is refused instead, as the
 * diagrams and skeletons of such sectors are, before anything is written.
 */
final class SectorAnchors {

	private SectorAnchors() {
	}

	static void refuseCollisions(List<StrategicPlan> plans) throws IOException {
		for (StrategicPlan plan : plans) {
			Map<String, Sector> byAnchor = new HashMap<>();
			// a sector whose code did not parse (only under --force) is reported by check and has no anchor to keep apart
			for (Sector sector : plan.sectors().stream().filter(sector -> sector.getName() != null).toList()) {
				String anchor = "sector-" + ElementText.fileName(sector.getName());
				Sector first = byAnchor.putIfAbsent(anchor, sector);
				if (first != null) {
					throw new IOException("the sectors " + first.getName() + " and " + sector.getName() + " of plan "
							+ plan.name() + " would share the report's anchor '" + anchor
							+ "' (their codes make the same name): rename one");
				}
			}
		}
	}
}
