package io.autopilotmock.twilio;

/**
 * The validation group of the checks only a create makes, such as {@link Required}.
 */
public interface OnCreate {

}
