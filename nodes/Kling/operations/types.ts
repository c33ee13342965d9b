import type { INodeProperties } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { KlingOperation } from '../models';

/** What a finished task of an operation carries (what gets downloaded). */
export type ResultKind = 'videos';

/** A place in a request body: keys, with `'*'` for every entry of an array. */
export type BodyPath = Array<string | '*'>;

/**
 * Where an operation's media inputs sit in its request body. Each value
 * there may be typed as a URL, the name of a binary property of the input
 * item, or Base64; execute/resolveImages and execute/resolveAudio turn it
 * into what Kling takes, and check its type and size.
 */
export interface MediaPaths {
	images?: BodyPath[];
	audio?: BodyPath[];
}

/**
 * One "create a task" operation, whole: how it shows in the node, its
 * fields, the endpoint and task kind it talks to, the schema its request body
 * must pass, and what its result is. Everything else (the operation list,
 * the canvas subtitle, Task → Get's task types, the endpoints) is derived
 * from the registry of these (registry.ts).
 */
export interface CreateOperation {
	resource: 'video';
	value: KlingOperation;
	name: string;
	action: string;
	description: string;
	/** Path below the credential's Base URL; tasks are read back at `<endpoint>/<id>`. */
	endpoint: string;
	/** The kind's segment in the path (Task → Get's "Task Type"). */
	taskKind: string;
	result: ResultKind;
	fields: INodeProperties[];
	schema: ZodTypeAny;
	/** Its image and audio inputs, if any. */
	media?: MediaPaths;
	/**
	 * The field a body key comes from, by dotted path (`input.text`), where it
	 * differs from the shared labels (validation/fieldLabels.ts): errors name
	 * what the user sees.
	 */
	labels?: Record<string, string>;
}
