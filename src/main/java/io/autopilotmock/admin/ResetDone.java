package io.autopilotmock.admin;

/**
 * Published once a reset has deleted everything of its scope, for what follows from an
 * emptied store (a SID sequence that starts over).
 */
public record ResetDone(AdminScope scope) {

}
