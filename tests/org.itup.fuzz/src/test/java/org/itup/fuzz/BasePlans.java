package org.itup.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid plans the edit fuzz test starts from, kept under {@code src/test/resources/org/itup/fuzz/plans} so a
 * committed fuzz input means the same edits even when the examples change: the small plan of the golden-file test,
 * and a plan split across files that uses every construct, with an imported plan and an operational plan.
 */
final class BasePlans {

	static final List<Map<String, String>> ALL = List.of(
			read("small", "plan.itup"),
			read("complete", "plan.itup", "sectors.itup", "partner.itup", "operational.itup"));

	private BasePlans() {
	}

	private static Map<String, String> read(String folder, String... names) {
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : names) {
			String resource = "plans/" + folder + "/" + name;
			try (InputStream in = BasePlans.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing test resource " + resource);
				}
				files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return Map.copyOf(files);
	}
}
