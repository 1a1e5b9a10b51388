package org.itup.generator.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.itup.analysis.diff.DiffCounts;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.FieldChange;
import org.itup.analysis.diff.LinkageComparison.CellChange;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItem;
import org.itup.analysis.diff.PlanSide;
import org.itup.generator.check.JsonWriter;

/**
 * The comparison for other programs, valid against {@code schema/itup-diff.schema.json}: both plans, the counts per
 * kind, every change with the elements involved, how they were matched and the fields that changed, and the changed
 * cells of the linkage matrix.
 */
final class DiffJson {

	/** The {@code $id} of the schema, named in every comparison's {@code schema} member. */
	static final String SCHEMA_ID = "urn:itup:schema:plan-diff:1";

	private final JsonWriter json = new JsonWriter();

	private DiffJson() {
	}

	static String render(PlanDiff diff) {
		DiffJson out = new DiffJson();
		out.write(diff);
		return out.json.toString();
	}

	private void write(PlanDiff diff) {
		json.beginObject().name("schema").value(SCHEMA_ID);
		json.name("old");
		plan(diff.oldPlan());
		json.name("new");
		plan(diff.newPlan());
		json.name("summary").beginArray();
		for (ElementKind kind : ElementKind.values()) {
			counts(diff.counts(kind));
		}
		json.endArray();
		json.name("changes").beginArray();
		diff.changes().forEach(this::change);
		json.endArray();
		json.name("linkage").beginArray();
		diff.linkage().changes().forEach(this::cell);
		json.endArray();
		json.endObject();
	}

	private void plan(PlanSide side) {
		json.beginObject().name("name").value(side.name()).name("title").value(side.title()).name("period")
				.value(side.period()).endObject();
	}

	private void counts(DiffCounts counts) {
		json.beginObject().name("kind").value(counts.kind().label()).name("added").value(counts.added())
				.name("removed").value(counts.removed()).name("renumbered").value(counts.renumbered()).name("moved")
				.value(counts.moved()).name("changed").value(counts.changed()).name("split").value(counts.split())
				.name("merged").value(counts.merged()).endObject();
	}

	private void change(ElementChange change) {
		json.beginObject().name("kind").value(change.kind().label()).name("type").value(change.type().label());
		json.name("old");
		items(change.olds());
		json.name("new");
		items(change.news());
		if (change.confidence() != null) {
			json.name("match").beginObject().name("confidence").value(change.confidence().name().toLowerCase(java.util.Locale.ROOT)
					.replace('_', '-')).name("score")
					.value(BigDecimal.valueOf(change.score()).setScale(2, RoundingMode.HALF_UP)).endObject();
		}
		json.name("renumbered").value(change.renumbered()).name("moved").value(change.moved());
		json.name("fields").beginArray();
		for (FieldChange field : change.fields()) {
			json.beginObject().name("field").value(field.field());
			if (field.indicator().isPresent()) {
				json.name("indicator").value(field.indicator().get());
				field.indicatorValue().ifPresent(value -> json.name("indicatorValue").value(value));
			}
			json.name("old").value(field.oldValue()).name("new").value(field.newValue()).endObject();
		}
		json.endArray().endObject();
	}

	private void items(List<PlanItem> items) {
		json.beginArray();
		for (PlanItem item : items) {
			json.beginObject().name("code").value(item.code()).name("title").value(item.title()).name("statement")
					.value(item.statement()).name("parent").value(item.parent()).endObject();
		}
		json.endArray();
	}

	private void cell(CellChange cell) {
		json.beginObject().name("objective").value(cell.objective()).name("goal").value(cell.goal()).name("old")
				.value(cell.oldLink().label()).name("new").value(cell.newLink().label()).endObject();
	}
}
