package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.overlap.Overlap;
import org.itup.analysis.overlap.OverlapFinder;
import org.itup.model.ItupFactory;
import org.itup.model.Objective;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overlap finder skips most pairs (it compares a statement only with statements sharing one of its rarest words,
 * shortest first); on random plans with a small vocabulary and statements of every length it must still find
 * exactly the pairs that comparing every pair of different sectors finds, with the same similarity. A quarter of the
 * statements repeat an earlier one, word for word or reordered, in the same sector or another (issue 16: results
 * saying the same thing are taken together, not compared pair by pair); with a limit, each result lists the most
 * alike of those pairs, ties in plan order, and counts the rest.
 */
class OverlapFinderPropertyTest {

	/** Words of at least three letters, none a function word and none ending in "s", so each counts as written. */
	private static final List<String> WORDS = List.of("access", "broadband", "capacity", "digital", "emergency",
			"gender", "inclusion", "innovation", "membership", "network", "policy", "radio", "regulator", "resilience",
			"rural", "satellite", "spectrum", "standard", "training", "youth");

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void findsExactlyThePairsThatComparingEveryPairFinds(long seed) {
		Random random = new Random(seed);
		List<Output> outputs = new ArrayList<>();
		StrategicPlan plan = randomPlan(random, outputs);
		int found = 0;
		for (double threshold : new double[] { 0.25, 0.5, 0.6, 0.75, 0.9, 1.0 }) {
			OverlapFinder finder = OverlapFinder.of(plan, threshold, Integer.MAX_VALUE);
			for (Output output : outputs) {
				List<Overlap> expected = everyPair(output, outputs, threshold);
				List<Overlap> actual = new ArrayList<>(finder.overlapsOf(output));
				actual.sort(Comparator.comparingInt(overlap -> outputs.indexOf(overlap.second())));
				assertEquals(expected, actual, output.getStatement() + " at " + threshold);
				found += expected.size();
			}
		}
		assertTrue(found > 100, "random plans this dense have overlaps to find: " + found);
	}

	@ParameterizedTest
	@ValueSource(longs = { 6, 7, 8 })
	void listsTheMostAlikeUpToTheLimitAndCountsTheRest(long seed) {
		Random random = new Random(seed);
		List<Output> outputs = new ArrayList<>();
		StrategicPlan plan = randomPlan(random, outputs);
		int limit = 3;
		int unlisted = 0;
		for (double threshold : new double[] { 0.5, 0.75, 1.0 }) {
			OverlapFinder finder = OverlapFinder.of(plan, threshold, limit);
			for (Output output : outputs) {
				List<Overlap> expected = new ArrayList<>(everyPair(output, outputs, threshold));
				expected.sort(Comparator.comparingDouble((Overlap overlap) -> -overlap.similarity())
						.thenComparingInt(overlap -> outputs.indexOf(overlap.second())));
				List<Overlap> listed = expected.subList(0, Math.min(limit, expected.size()));
				assertEquals(listed, finder.overlapsOf(output), output.getStatement() + " at " + threshold);
				assertEquals(expected.size() - listed.size(), finder.unlistedOverlapsOf(output));
				unlisted += finder.unlistedOverlapsOf(output);
			}
		}
		assertTrue(unlisted > 100, "random plans this dense have more overlaps than the limit lists: " + unlisted);
	}

	private static List<Overlap> everyPair(Output output, List<Output> outputs, double threshold) {
		List<Overlap> pairs = new ArrayList<>();
		for (Output other : outputs) {
			if (other.eContainer().eContainer() != output.eContainer().eContainer()) {
				double similarity = dice(words(output), words(other));
				if (similarity >= threshold) {
					pairs.add(new Overlap(output, other, similarity));
				}
			}
		}
		return pairs;
	}

	private static double dice(Set<String> first, Set<String> second) {
		Set<String> shared = new HashSet<>(first);
		shared.retainAll(second);
		return 2.0 * shared.size() / (first.size() + second.size());
	}

	private static Set<String> words(Output output) {
		return Set.of(output.getStatement().split(" "));
	}

	/** 30 sectors of 1 to 3 objectives with 1 to 6 outputs, each of 1 to 12 distinct words. */
	private static StrategicPlan randomPlan(Random random, List<Output> outputs) {
		ItupFactory factory = ItupFactory.eINSTANCE;
		Plan plan = factory.createPlan();
		plan.setName("random");
		for (int s = 0; s < 30; s++) {
			Sector sector = factory.createSector();
			sector.setName("S" + s);
			plan.getSectors().add(sector);
			for (int o = 0, objectives = 1 + random.nextInt(3); o < objectives; o++) {
				Objective objective = factory.createObjective();
				objective.setName("S" + s + "." + o);
				sector.getObjectives().add(objective);
				for (int r = 0, results = 1 + random.nextInt(6); r < results; r++) {
					Output output = factory.createOutput();
					output.setName(objective.getName() + "-" + r);
					output.setStatement(statement(random, outputs));
					objective.getOutputs().add(output);
					outputs.add(output);
				}
			}
		}
		return StrategicPlan.of(List.of(plan)).get(0);
	}

	/** A new statement, or, one time in four, the words of an earlier one in the same order or reversed. */
	private static String statement(Random random, List<Output> earlier) {
		if (earlier.isEmpty() || random.nextInt(4) > 0) {
			return String.join(" ", sentence(random));
		}
		List<String> words = new ArrayList<>(List.of(earlier.get(random.nextInt(earlier.size())).getStatement()
				.split(" ")));
		if (random.nextBoolean()) {
			java.util.Collections.reverse(words);
		}
		return String.join(" ", words);
	}

	private static Set<String> sentence(Random random) {
		Set<String> words = new java.util.LinkedHashSet<>();
		int length = 1 + random.nextInt(12);
		while (words.size() < length) {
			words.add(WORDS.get(random.nextInt(random.nextBoolean() ? 6 : WORDS.size())));
		}
		return words;
	}
}
