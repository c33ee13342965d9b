/*
 * Kept for the call sites outside the transport until phase 2 (see the list at
 * the top of failures.ts): they import `missingEndpointError` from here. The
 * "host does not offer" failure lives in failures.ts; delete this file once
 * they import from there.
 */
export { isMissingEndpoint, missingEndpointError, type OptionalEndpoint } from './failures';
