package org.itup.dsl.tests.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.itup.dsl.codes.CodePattern;
import org.junit.jupiter.api.Test;

/** A code pattern gives the code of each place and finds the counter in a code written under it. */
class CodePatternTest {

	@Test
	void countersNumberLetterAndCapitalise() {
		assertEquals("4.2", CodePattern.parse("{goal}.{n}", Set.of("goal")).code("4", 1));
		assertEquals("R.1-c", CodePattern.parse("{objective}-{a}", Set.of("objective")).code("R.1", 2));
		assertEquals("2.1.B", CodePattern.parse("{goal}.1.{A}", Set.of("goal")).code("2", 1));
		assertEquals("P12", CodePattern.parse("P{n}", Set.of("sector")).code("ignored", 11));
	}

	@Test
	void lettersGoOnPastZ() {
		CodePattern lettered = CodePattern.parse("{objective}-{a}", Set.of("objective"));
		assertEquals("R.1-z", lettered.code("R.1", 25));
		assertEquals("R.1-aa", lettered.code("R.1", 26));
		assertEquals("R.1-ab", lettered.code("R.1", 27));
	}

	@Test
	void aChildKeepsItsCounterUnderItsParentsNewCode() {
		CodePattern targets = CodePattern.parse("{goal}.{n}", Set.of("goal"));
		assertEquals("7.12", targets.reparented("2.12", "2", "7"));
		assertNull(targets.reparented("2.x", "2", "7"), "2.x does not follow {goal}.{n}");
		assertNull(targets.reparented("21.1", "2", "7"), "21.1 is a target of goal 21");
		CodePattern prefixed = CodePattern.parse("{objective}-{a}", Set.of("objective"));
		assertEquals("R.5-a", prefixed.reparented("R.3-a", "R.3", "R.5"));
		assertNull(CodePattern.parse("P{n}", Set.of("sector")).reparented("P1", "P", "Q"),
				"a pattern that does not repeat its parent's code has nothing to follow");
	}
}
