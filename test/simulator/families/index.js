// @ts-check
'use strict';
/**
 * The families the simulator serves, one module each, all of one shape
 * (README.md, "Families"). The core (server, task store, shapes, checks,
 * concurrency, callbacks) reads them from here only. Add a family: one line
 * in FAMILIES.
 */

/** @typedef {import('../concurrency').PackType} PackType */
/**
 * A task kind: created by POST /v1/<segment>/<kind>, read by GET .../<id>, listed by GET ...
 * @typedef {object} KindEntry
 * @property {string} kind the path segment(s) after the family's, e.g. 'text2video', 'avatar/image2video'
 * @property {string[]} [files] result file formats served under /files/ (mp4, mp3, wav; png as <task_id>-<index>.png)
 * @property {string[]} [models] when set, `model_name` must be one of these (checked before the common fields)
 * @property {string[]} [aspectRatios] replaces the common check's 16:9, 9:16, 1:1
 * @property {(body: any) => string[]} [modes] the `mode` values this body's model takes (else std, pro)
 * @property {PackType} [pack] the concurrency pack its tasks draw on, when not the family's
 * @property {(body: any) => number} [slots] concurrency slots a create takes (1 by default)
 * @property {false} [gateways] false: new-api gateways do not relay it (plain-text 404 under /newapi)
 * @property {string} [model] the model a gateway reports when the body names none (default kling-v1)
 * @property {(body: any, ctx: RuleContext) => string | undefined} [rules] the kind's own checks: the problem, answered 1201
 * @property {(view: import('../tasks').SimTaskView) => Record<string, unknown>} [result] task_result of a finished task
 * @property {(view: import('../tasks').SimTaskView) => Record<string, unknown>} [taskInfo] added to task_info
 * @property {(view: import('../tasks').SimTaskView) => string} [resultUrl] new-api's result_url (the video URL by default)
 * @property {(view: import('../tasks').SimTaskView) => Record<string, unknown>} [render] how its task is written in reads and callbacks (default: the legacy task object)
 */
/**
 * A product of Kling's new API (the model in the path), served by ../newApi.js: `POST /<product>/<model>`, read at `GET /tasks`.
 * @typedef {object} NewApiKind
 * @property {string} kind its name in the task store, `new:<product>`
 * @property {string} product the path segment, e.g. 'text-to-video'
 * @property {string} productType its tasks' `product_type` in `POST /tasks` filters (video, image, try_on)
 * @property {string[]} files
 * @property {Record<string, unknown>} modelsInPath the models in the path it takes
 * @property {(view: import('../tasks').SimTaskView) => Record<string, unknown>} render the task in reads and callbacks
 * @property {(model: string, body: any) => string | undefined} problem the body's problem for a model it takes
 */
/** @typedef {{ store: import('../tasks').TaskStore, newModels?: string[] }} RuleContext */
/**
 * A kind as the core sees it: the family's defaults filled in.
 * @typedef {KindEntry & { family: string, files: string[], pack: PackType }} TaskKind
 */
/** @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL, body: any, match: RegExpExecArray, shape: import('../shapes').Shape, store: import('../tasks').TaskStore, baseUrl: string, json: (status: number, data: unknown) => void }} RouteContext */
/**
 * A route answered at once, matched after the /kling, /flat or /newapi prefix.
 * A public one (`public: true`: a file on Kling's CDN) is answered without a key.
 * @typedef {{ method: string, path: RegExp, public?: boolean, handle: (ctx: RouteContext) => void }} Route
 */
/**
 * @typedef {object} Family
 * @property {string} [segment] the path segment after /v1 its kinds sit under
 * @property {PackType} [pack] the concurrency pack of its kinds (general by default)
 * @property {KindEntry[]} [kinds]
 * @property {Route[]} [routes]
 * @property {(store: import('../tasks').TaskStore, file: { taskId: string, format: string }) => boolean} [servesFile] result files of its own that belong to no task (a preview), under /files/
 * @property {NewApiKind[]} [newApiKinds] products of Kling's new API
 */

/** @type {Family[]} */
const FAMILIES = [
	require('./videos'),
	require('./audio'),
	require('./images'),
	require('./library'),
	require('./account'),
	require('./speech'),
	require('./recognize'),
	require('./multiShot'),
	require('./faces'),
	require('./multiElements'),
	require('./newApi'),
];

/** @type {Map<string, TaskKind>} every task kind by name (names are unique across families) */
const TASK_KINDS = new Map();
for (const family of FAMILIES) {
	for (const entry of family.kinds ?? []) {
		if (!family.segment) throw new Error(`kind ${entry.kind}: its family has no segment`);
		if (TASK_KINDS.has(entry.kind)) throw new Error(`kind ${entry.kind} is served twice`);
		TASK_KINDS.set(entry.kind, { files: [], pack: family.pack ?? 'general', ...entry, family: family.segment });
	}
}

/** @type {Route[]} */
const ROUTES = FAMILIES.flatMap((family) => family.routes ?? []);

const escape = (/** @type {string} */ text) => text.replace(/[/.-]/g, (c) => `\\${c}`);
const SEGMENTS = [...new Set([...TASK_KINDS.values()].map((entry) => entry.family))];
/** `<prefix>/v1/<segment>/<kind>[/<id>]`: prefix, segment, kind, id. */
const TASK_ROUTE = new RegExp(
	`^(\\/kling|\\/flat|\\/newapi)?\\/v1\\/(${SEGMENTS.map(escape).join('|')})\\/(${[...TASK_KINDS.keys()].map(escape).join('|')})(?:\\/([^/]+))?\\/?$`,
);

/** The new API's products by path segment; their kinds (`new:<product>`) join TASK_KINDS for the store, callbacks and concurrency, not TASK_ROUTE. */
const NEW_API_KINDS = new Map();
for (const family of FAMILIES) {
	for (const entry of family.newApiKinds ?? []) {
		NEW_API_KINDS.set(entry.product, entry);
		TASK_KINDS.set(entry.kind, { pack: family.pack ?? 'general', ...entry, family: 'new' });
	}
}

/** @param {string} product @returns {NewApiKind | undefined} */
const newApiKindOf = (product) => NEW_API_KINDS.get(product);

/** @param {string} kind */
const kindOf = (kind) => TASK_KINDS.get(kind);

/**
 * Whether a family serves a /files/ path that no task owns.
 * @param {import('../tasks').TaskStore} store @param {{ taskId: string, format: string }} file
 */
const servesFile = (store, file) => FAMILIES.some((family) => family.servesFile?.(store, file));

module.exports = { FAMILIES, TASK_KINDS, ROUTES, TASK_ROUTE, kindOf, newApiKindOf, servesFile };
