package org.itup.design.services;

import java.util.Collection;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.itup.model.Sector;
import org.itup.model.SectorKind;

/**
 * Sirius services: the conditions of the diagram's sector filters. A filter keeps an element visible when its
 * condition holds; elements that belong to no sector (goals, targets, risks) always stay.
 */
public class SectorFilterServices {

	/**
	 * Whether an element stays visible when the user has chosen some sectors: it belongs to one of them, or to no
	 * sector. The chosen sectors come as one element or a collection, depending on how many were picked.
	 */
	public boolean isInChosenSectors(EObject element, Object chosen) {
		Optional<Sector> sector = sectorOf(element);
		if (sector.isEmpty()) {
			return true;
		}
		return chosen instanceof Collection<?> sectors ? sectors.contains(sector.get()) : sector.get().equals(chosen);
	}

	public boolean isOutsideSectors(EObject element) {
		return !hasKind(element, SectorKind.SECTOR);
	}

	public boolean isOutsideInterSectoralWork(EObject element) {
		return !hasKind(element, SectorKind.INTER_SECTORAL);
	}

	public boolean isOutsideSecretariat(EObject element) {
		return !hasKind(element, SectorKind.SECRETARIAT);
	}

	private static boolean hasKind(EObject element, SectorKind kind) {
		return sectorOf(element).map(sector -> sector.getKind() == kind).orElse(false);
	}

	/** The sector that owns an objective, outcome, output or enabler, found among its containers. */
	static Optional<Sector> sectorOf(EObject element) {
		for (EObject container = element; container != null; container = container.eContainer()) {
			if (container instanceof Sector sector) {
				return Optional.of(sector);
			}
		}
		return Optional.empty();
	}
}
