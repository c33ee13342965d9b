/*
 * Kept for the call sites outside the transport until phase 2 (see the list at
 * the top of failures.ts): they import `asNodeError`, `authenticationOf` and
 * `Authentication` from here. The hints and the errors live in failures.ts;
 * delete this file once they import from there.
 */
export { asNodeError, authenticationOf, type Authentication } from './failures';
