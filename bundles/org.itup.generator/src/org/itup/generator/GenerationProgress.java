package org.itup.generator;

/**
 * Told as a generation run goes, so a shell can show a progress bar on a terminal or plain lines in a log. One step
 * is one format.
 */
public interface GenerationProgress {

	GenerationProgress SILENT = new GenerationProgress() {
		@Override
		public void starting(String format, int done, int total) {
			// nothing to show
		}

		@Override
		public void finished(int total) {
			// nothing to show
		}
	};

	/** About to write {@code format}; {@code done} of {@code total} formats are written. */
	void starting(String format, int done, int total);

	void finished(int total);
}
