package org.itup.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The peak heap of {@code itup check} read from its GC log, in the format Java 17's G1 writes. */
class GcLogPeakTest {

	@Test
	void largestOccupancyBeforeACollection() {
		List<String> log = List.of("[0.010s][info][gc] Using G1",
				"[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.456ms",
				"[1.203s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 310M->120M(512M) 9.1ms",
				"[1.300s][info][gc] GC(2) Concurrent Mark Cycle 12.3ms",
				"[2.000s][info][gc,heap,exit] Heap",
				"[2.000s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 204800K [0x00000000c0000000)",
				"[2.000s][info][gc,heap,exit]  Metaspace       used 52000K, committed 53000K, reserved 1114112K");
		assertEquals(310L << 20, CheckCommandRun.peakHeap(log));
	}

	@Test
	void occupancyAtExitWhenNoCollectionRan() {
		List<String> log = List.of("[0.026s][info][gc] Using G1", "[0.195s][info][gc,heap,exit] Heap",
				"[0.195s][info][gc,heap,exit]  garbage-first heap   total 389120K, used 1972K [0x00000000c0000000)");
		assertEquals(1972L << 10, CheckCommandRun.peakHeap(log));
	}
}
