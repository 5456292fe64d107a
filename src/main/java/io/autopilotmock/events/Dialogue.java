package io.autopilotmock.events;

/**
 * A simulated dialogue.
 *
 * @param id its row number
 * @param data the events fired in it and their parameters, a JSON object
 */
record Dialogue(long id, String sid, String accountSid, String assistantSid, String data) {

}
