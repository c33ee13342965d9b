/*
 * Kept for the call sites outside the transport until phase 2 (see the list at
 * the top of failures.ts): they import `failureOf` from here. What a failure
 * means is decided in failures.ts; delete this file once they import from there.
 */
export { failureOf, type HostFailure } from './failures';
