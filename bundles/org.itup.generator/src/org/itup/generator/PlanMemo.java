package org.itup.generator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import org.itup.analysis.StrategicPlan;

/**
 * What several writers of one run derive from the same plan, such as the diagram layouts that the HTML and SVG
 * writers both draw: derived once per run by whichever writer asks first, and dropped with the run. A bounded
 * cache across runs would evict plans of a large run before the second writer reaches them and lay them all out
 * twice.
 */
public final class PlanMemo {

	/** Plans by identity: a new load is a new plan. */
	private record Key(StrategicPlan plan, Class<?> kind) {
	}

	private final Map<Key, FutureTask<Object>> values = new ConcurrentHashMap<>();

	/** The value of {@code kind} derived from {@code plan}; a writer asking while another derives it waits for it. */
	public <T> T get(StrategicPlan plan, Class<T> kind, Function<StrategicPlan, T> derive) {
		FutureTask<Object> task = values.computeIfAbsent(new Key(plan, kind),
				key -> new FutureTask<>(() -> derive.apply(plan)));
		task.run();
		try {
			return kind.cast(task.get());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while deriving from plan " + plan.name(), e);
		} catch (ExecutionException e) {
			throw PlanMemo.unchecked(e.getCause());
		}
	}

	/** What a failed task threw, rethrown as it was where the checked exceptions of the caller allow it. */
	static RuntimeException unchecked(Throwable cause) {
		if (cause instanceof Error error) {
			throw error;
		}
		return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
	}
}
