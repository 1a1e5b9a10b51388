package org.itup.bench.harness;

/**
 * {@code itup check} on one plan of an unusual shape: split over many files, or in one large file.
 *
 * @param shape what the table calls it ("one plan in 10000 files", "one plan in one 50 MB file")
 * @param files how many files the plan has
 * @param bytes the plan's size on disk
 * @param heap the maximum heap the check ran with
 */
record OnePlanFigures(String shape, int files, long bytes, String heap, CheckCommandRun.Figures check) {
}
