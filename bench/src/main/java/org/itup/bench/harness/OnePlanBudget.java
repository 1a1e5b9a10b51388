package org.itup.bench.harness;

/**
 * The budgets of docs/performance.md for one plan of an unusual shape (issue 16): how long {@code itup check} may
 * take and how much heap it may use, and how much its time may grow from the fewest to the most files.
 */
enum OnePlanBudget {

	/** One plan in 10,000 one-goal files (about 7 MB), in the usual gigabyte of heap. */
	SPLIT(30_000, 1L << 30, "< 30 s", "< 1 GB"),

	/** One plan in one 50 MB file: its model alone (the node model most of it) takes about 800 MB, so 2 GB. */
	LARGE(180_000, 2L << 30, "< 180 s", "< 2 GB");

	/** Time may grow at most this much more than the number of files: "about linear". */
	static final double GROWTH_OVER_FILES = 1.2;

	final long wallMillis;

	final long heapBytes;

	final String wallText;

	final String heapText;

	OnePlanBudget(long wallMillis, long heapBytes, String wallText, String heapText) {
		this.wallMillis = wallMillis;
		this.heapBytes = heapBytes;
		this.wallText = wallText;
		this.heapText = heapText;
	}

	String wallVerdict(OnePlanFigures figures) {
		return figures.check().wallMillis() < wallMillis ? "PASS" : "MISS";
	}

	String heapVerdict(OnePlanFigures figures) {
		return figures.check().peakHeapBytes() < heapBytes ? "PASS" : "MISS";
	}
}
