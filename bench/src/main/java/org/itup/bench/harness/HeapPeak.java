package org.itup.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of this JVM over one measured run: every heap pool's peak is reset before the run and the peaks are
 * added up after it. Pools peak at different moments, so the sum is an upper bound of the true peak; it counts
 * garbage not yet collected, as the operating system would.
 */
final class HeapPeak {

	private HeapPeak() {
	}

	/** Collects what earlier runs left, then starts counting anew. */
	static void reset() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static long bytes() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
