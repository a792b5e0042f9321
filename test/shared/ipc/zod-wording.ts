/**
 * zod's own wording, which must never reach a user: "Invalid input: label: Too big: expected
 * string to have <=500 characters", "received undefined", "Unrecognized key".
 */
export const ZOD_WORDING =
  /Invalid input|Too big:|Too small:|expected (string|number|array|object|boolean|nonoptional)|received (undefined|string|number|object)|Unrecognized key|Invalid option:|Invalid string:|Invalid ISO/

/** A refusal a user can read: one plain sentence, no zod wording. */
export const PLAIN_REFUSAL = new RegExp(`^(?![\\s\\S]*(${ZOD_WORDING.source}))[A-Z][\\s\\S]*[.!]$`)
