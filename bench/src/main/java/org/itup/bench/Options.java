package org.itup.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value}; anything else is a usage error naming it. */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	private Options() {
	}

	static Options parse(List<String> args, Set<String> names) {
		Options options = new Options();
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (!names.contains(name)) {
				throw new IllegalArgumentException("unknown option '" + name + "'");
			}
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			options.values.put(name, args.get(++i));
		}
		return options;
	}

	String text(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	long number(String name, long fallback, long minimum) {
		if (!values.containsKey(name)) {
			return fallback;
		}
		try {
			long value = Long.parseLong(values.get(name));
			if (value < minimum) {
				throw new IllegalArgumentException(name + " must be at least " + minimum + ", not " + value);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " takes a whole number, not '" + values.get(name) + "'");
		}
	}
}
