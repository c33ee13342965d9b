/*
 * The one home of failures (see kinds.ts): what each failure means for the
 * task, how a host's answer is classified (hostCodes.ts), and the errors the
 * transport throws (errors.ts). Imported as `transport/failures`.
 */
export * from './kinds';
export * from './hostCodes';
export * from './errors';
