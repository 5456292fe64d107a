package io.autopilotmock.client;

import java.util.List;

/**
 * A trigger's answer.
 *
 * @param dialogue the dialogue, new or continued
 * @param deliveries the deliveries it started (at most the first 100), finished if the
 * trigger waited
 * @param deliveriesCount how many it started in all
 * @param deliveriesUrl where to list them all, or {@code null} from an emulator that does
 * not say
 */
public record DialogueResult(Dialogue dialogue, List<Delivery> deliveries, int deliveriesCount, String deliveriesUrl) {

	static DialogueResult of(Object json) {
		Fields fields = Fields.of(json);
		List<Delivery> deliveries = fields.list("deliveries", Delivery::of);
		Integer count = fields.integer("deliveries_count");
		return new DialogueResult(Dialogue.of(fields.raw("dialogue")), deliveries,
				(count != null) ? count : deliveries.size(), fields.string("deliveries_url"));
	}

}
