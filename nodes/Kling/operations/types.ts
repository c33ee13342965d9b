import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../context/itemContext';
import type { ResultKind } from '../transport/taskShape';
import type { ImageSizeRule } from '../validation/imageSize';
import type { OperationField } from './field';

/** What a finished task of an operation carries (transport/taskShape.ts). */
export type { ResultKind };

/** The resources whose operations create tasks or call Kling's other endpoints. */
export type CreateResource = 'video' | 'audio' | 'image' | 'element' | 'voice' | 'account';

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

/** What every operation is: how it shows, its fields (each saying what it sends), and the checks its request body must pass. */
interface OperationCore {
	resource: CreateResource;
	/** Unique within its resource. */
	value: string;
	name: string;
	action: string;
	description: string;
	fields: OperationField[];
	/** The schema its request body must pass (validation/, each rule beside its source). */
	schema: ZodTypeAny;
	/** Its image and audio inputs, if any. */
	media?: MediaPaths;
	/** Shaping that depends on the whole body (or on more than the fields): after the extra JSON is merged, before media and validation. */
	shapeBody?: (body: IDataObject, ctx: ItemContext) => void | Promise<void>;
}

/**
 * How a task operation runs on Kling's new API (the model in the path:
 * `POST <path>/<model>`, `contents[]` + `settings{}` + `options{}`; read back
 * at `GET /tasks`; shared/spec/kling-api-2026.md §0), for the models the model
 * table marks `api: 'new'`. The pipeline builds, checks and names the body
 * as for the legacy API; `toBody` only rewrites it for the wire.
 */
export interface NewApiRoute {
	/** The create path before the model: `/text-to-video` sends `POST /text-to-video/kling-3.0-turbo`. */
	path: string;
	/**
	 * The new API's body from the checked legacy-shaped body (pure; what the new
	 * API cannot take was refused by the operation's schema, naming its field).
	 * Keys it does not know (Additional Body Fields) go on as they are.
	 */
	toBody: (body: IDataObject) => IDataObject;
}

/**
 * An operation that creates a Kling task to wait for: the endpoint and task
 * kind it talks to and what its result is. Everything else (the operation
 * list, the canvas subtitle, Task → Get's task types, both ways of waiting)
 * is derived from the registry (registry.ts).
 */
export interface TaskOperation extends OperationCore {
	kind: 'task';
	/** Path below the credential's Base URL; tasks are read back at `<endpoint>/<id>`. */
	endpoint: string;
	/** The kind's segment in the path (Task → Get's "Task Type"). */
	taskKind: string;
	result: ResultKind;
	/** Its form on Kling's new API, for the models served there (models.ts `api: 'new'`). */
	newApi?: NewApiRoute;
}

/**
 * An operation that creates no task to wait for: one request (or a few) per
 * item, answered at once (Element → Create, Get, Get Many, Delete; Voice →
 * Get, Get Many, Delete; Account → Get Costs; Text to Speech). Its body goes
 * through the same pipeline as a task's (pipeline/prepareBody.ts) for every
 * item before any item runs; `run` sends it and makes the item's output.
 */
export interface ActionOperation extends OperationCore {
	kind: 'action';
	/** Sends the item's checked body; its output items (paired with the item by the runner when they are not). */
	run: (ctx: ItemContext, body: IDataObject) => Promise<INodeExecutionData[]>;
}

export type Operation = TaskOperation | ActionOperation;
