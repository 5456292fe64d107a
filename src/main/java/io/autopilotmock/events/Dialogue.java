package io.autopilotmock.events;

/**
 * A simulated dialogue, found by its assistant's row and its SID.
 *
 * @param data the events fired in it and their parameters, a JSON object
 */
record Dialogue(String sid, String accountSid, String assistantSid, String data) {

}
