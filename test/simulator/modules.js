// @ts-check
'use strict';
/**
 * The families the simulator serves beside the video and audio tasks, one
 * module each (README.md, "Modules"). A module exports `taskKinds` (tasks
 * like the video ones: `{ family, kind, files?, gateways?, rules?, result? }`;
 * `gateways: false` for a kind new-api gateways do not relay) and
 * `routes` (answered at once: `{ method, path, handle }`, the path matched
 * after the /kling, /flat or /newapi prefix). Add a module here, one line.
 */

/** @typedef {{ family: string, kind: string, files?: string[], aspectRatios?: string[], gateways?: false, rules?: (body: any) => string | undefined, result?: (view: import('./tasks').SimTaskView) => Record<string, unknown> }} ModuleKind */
/** @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL, body: any, match: RegExpExecArray, shape: import('./shapes').Shape, store: import('./tasks').TaskStore, baseUrl: string, json: (status: number, data: unknown) => void }} RouteContext */
/** @typedef {{ method: string, path: RegExp, handle: (ctx: RouteContext) => void }} ModuleRoute */

const MODULES = [require('./library'), require('./images'), require('./account'), require('./speech')];

/** @type {ModuleKind[]} */
const MODULE_KINDS = MODULES.flatMap((module) => module.taskKinds ?? []);
/** @type {ModuleRoute[]} */
const MODULE_ROUTES = MODULES.flatMap((module) => module.routes ?? []);

module.exports = { MODULE_KINDS, MODULE_ROUTES };
