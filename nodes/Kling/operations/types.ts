import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../context/itemContext';
import type { ImageSizeRule } from '../pipeline/imageSize';
import type { KlingOperation } from '../models';

/**
 * What a finished task of an operation carries (what gets downloaded):
 * `videos` (task_result.videos[]), `audios` (task_result.audios[], each an
 * MP3 and a WAV URL; Video to Audio lists its video with the new sound in
 * videos[] as well), `images` (task_result.images[]: one output item per
 * image), `voices` (task_result.voices[]: a cloned voice, nothing to
 * download) or `elements` (task_result.elements[]: a registered element).
 */
export type ResultKind = 'videos' | 'audios' | 'images' | 'voices' | 'elements';

/** The resources whose operations create tasks or call Kling's other endpoints. */
export type CreateResource = 'video' | 'audio' | 'image' | 'element' | 'voice' | 'account';

/** The Audio resource's operations (they take no model, so they are not in models.ts). */
export type AudioOperation = 'textToAudio' | 'videoToAudio';

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
	/** The images' documented minimum size and aspect range, checked on files (URLs are Kling's to check). */
	imageSize?: ImageSizeRule;
}

/**
 * One "create a task" operation, whole: how it shows in the node, its
 * fields, the endpoint and task kind it talks to, the schema its request body
 * must pass, and what its result is. Everything else (the operation list,
 * the canvas subtitle, Task → Get's task types, the endpoints) is derived
 * from the registry of these (registry.ts).
 */
export interface CreateOperation {
	resource: CreateResource;
	/** Unique within its resource (KlingOperation for the Video resource's model table). */
	value: KlingOperation | AudioOperation | (string & {});
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
	/** Defaults that depend on the whole body, set after the extra JSON is merged and before validation. */
	shapeBody?: (body: IDataObject) => void;
}

/**
 * An operation that creates no task to wait for: one request (or a few) per
 * item, answered at once (Element → Create, Get, Get Many, Delete; Voice →
 * Get Many, Delete; Account → Get Costs; Text to Speech). Registered beside
 * the create operations (registry.ts) and shown the same way. Every item is
 * `prepare`d (checked, nothing sent) before any item is `run`.
 */
export interface ActionOperation<Prepared = unknown> {
	resource: CreateResource;
	value: string;
	name: string;
	action: string;
	description: string;
	fields: INodeProperties[];
	/** Checks the item's input and builds what `run` sends; throws (naming the field) before anything is sent. */
	prepare: (ctx: ItemContext) => Promise<Prepared>;
	/** The item's output items (paired with the item by the runner when they are not). */
	run: (ctx: ItemContext, prepared: Prepared) => Promise<INodeExecutionData[]>;
}
