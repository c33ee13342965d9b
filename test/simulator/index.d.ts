/** Types of the Kling simulator (plain CommonJS so both jest and node scripts can load it). */
export interface SimulatorOptions {
	/** Default 0: a free port. */
	port?: number;
	/** Default 'sim-key': requests need `Authorization: Bearer <apiKey>`. */
	apiKey?: string;
	/** JWT mode, as the official API: tokens signed HS256 with secretKey, iss = accessKey. */
	jwt?: { accessKey: string; secretKey: string };
	/** Default 3000: time from submit to a finished task. */
	taskDurationMs?: number;
	/** When set, the result video is a streamed synthetic MP4 of this many bytes. */
	videoBytes?: number;
	/** Callback faults for every task (prompt markers add to them per task); `reset()` goes back to these. */
	callbacks?: CallbackFaults;
	/**
	 * The account's concurrency per pack type (no limit when left out): a create over it is
	 * answered HTTP 429 with code 1303 (under `/flat`, a bare 429 without Kling's code).
	 * `reset()` goes back to these.
	 */
	concurrency?: ConcurrencyLimits;
	/**
	 * Models served beyond the simulator's own list, by task kind (`{ text2video: ['kling-v4'] }`):
	 * Kling the day it ships a model this package does not know yet.
	 */
	newModels?: Record<string, string[]>;
	/**
	 * The most tasks a page of the new API's `POST /tasks` holds (default 500, the documented
	 * maximum of `limit`): a host that serves shorter pages than asked, whose `has_more` and
	 * `next_cursor` a client must follow.
	 */
	newApiPageMax?: number;
	/**
	 * Kling's Webhook Secret (`whsec_<base64>`): every callback is signed with it, as Kling signs
	 * (headers `webhook-id`, `webhook-timestamp` in seconds, `webhook-signature` = `v1,<base64 HMAC-SHA256
	 * of "<id>.<timestamp>.<body>">`). Several: one signature each, space-separated, as during a rotation.
	 * None: unsigned callbacks, no such headers. `reset()` goes back to these.
	 */
	webhookSecret?: string | string[];
}

/** How one callback is signed; each field left out is as Kling signs (with the simulator's secrets, now). */
export interface CallbackSigning {
	/** Sign with these instead of the simulator's (several: one `v1,` signature each, as during a rotation); null: unsigned. */
	secret?: string | string[] | null;
	/** The webhook-timestamp sent, in seconds (signed as it is): a stale or future callback. */
	timestampSeconds?: number;
	/** The webhook-id (default `msg_<uuid>`). */
	id?: string;
	/** The webhook-signature header sent as it is: a forged signature (the other headers as usual). */
	signature?: string;
	/** The body sent, changed after it was signed (a tampered body). */
	tamper?: (payload: string) => string;
}

/** Kling's pack types; an image task takes one slot per image (`n`). */
export type PackType = 'video' | 'image' | 'tryOn' | 'audio' | 'general';
export type ConcurrencyLimits = Partial<Record<PackType, number>>;

/** What goes wrong with a task's callbacks. Fixed when the task is created. */
export interface CallbackFaults {
	/** `[sim:cb-duplicate]`: the final callback is sent twice, the second 300 ms later. */
	duplicateFinal?: boolean;
	/** `[sim:cb-out-of-order]`: the processing callback is sent after the final one has been answered. */
	outOfOrder?: boolean;
	/** `[sim:cb-lose-final]`: the final callback is never sent; the task still finishes and reads as final. */
	loseFinal?: boolean;
	/** `[sim:cb-late=N]`: the final callback is sent N ms after the task finished. */
	lateFinalMs?: number;
	/** `[sim:cb-none]`: no callbacks at all. */
	none?: boolean;
}

/** One callback POST the simulator attempted (recorded when it ended). */
export interface CallbackRecord {
	/** As given in callback_url, query string included. */
	url: string;
	taskId?: string;
	externalTaskId?: string;
	/** The task_status sent. */
	status?: string;
	/** When the POST started. */
	at: number;
	/** lifecycle: a status change; manual: sendCallback; forged: forgeCallback; replayed: replayCallback. */
	source: 'lifecycle' | 'manual' | 'forged' | 'replayed';
	/** What was sent: the bare task object (no envelope), or a forged body. */
	body: unknown;
	/** The exact bytes sent (what was signed, unless tampered). */
	payload: string;
	/** The signature headers sent (`webhook-id`, `webhook-timestamp`, `webhook-signature`); empty when unsigned. */
	headers: Record<string, string>;
	responseStatus?: number;
	/** The first 500 characters. */
	responseBody?: string;
	/** A network error, or `HTTP <status>` for a non-2xx answer. Never retried. */
	error?: string;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	authorized: boolean;
	at: number;
}

export interface SimTask {
	task_id: string;
	external_task_id?: string;
	callback_url?: string;
	endpoint: string;
	body: any;
	created_at: number;
	outcome: 'succeed' | 'failed';
	failMessage?: string;
	durationMs: number;
}

export interface Fault {
	on: 'submit' | 'poll' | 'download' | 'list' | 'call' | 'any';
	/** Default 1. */
	times?: number;
	status?: number;
	retryAfterSeconds?: number;
	/** Answer `status` (default 200) with the envelope {code, message}. */
	code?: number;
	message?: string;
	html?: boolean;
	malformedJson?: boolean;
	reset?: boolean;
	/** Submit only: create the task for real, then drop the connection. */
	resetAfterAccept?: boolean;
	delayMs?: number;
	/** Download only: announce the full length, send half, drop the connection. */
	truncate?: boolean;
}

export type RequestKind = 'submit' | 'poll' | 'download' | 'list' | 'call' | 'callback';

export interface KlingSimulator {
	/** 'http://127.0.0.1:PORT', without a path prefix. */
	baseUrl: string;
	port: number;
	apiKey: string;
	requests: RecordedRequest[];
	tasks: Map<string, SimTask>;
	/** Every callback attempted, in the order they ended. */
	callbacks: CallbackRecord[];
	inject(fault: Fault): void;
	/** Replaces the account's concurrency limits (and clears the peak and refusal counts). */
	setConcurrency(limits?: ConcurrencyLimits): void;
	/** The limits, the most slots in use at once per pack type, and how many creates were refused with 1303. */
	concurrency(): { limits: ConcurrencyLimits; peak: ConcurrencyLimits; refused: number };
	failNextTask(message?: string): void;
	/** Replaces the global callback faults, for tasks created from now on. */
	setCallbackFaults(faults?: CallbackFaults): void;
	/** Replaces the Webhook Secrets callbacks are signed with (none: unsigned), until `reset()`. */
	setWebhookSecret(secret?: string | string[]): void;
	/**
	 * POSTs the task (by task id or external task id) as it is now to its callback_url, with body fields
	 * replaced by `overrides`; signed as the simulator signs unless `signing` says otherwise.
	 */
	sendCallback(taskId: string, overrides?: Record<string, unknown>, signing?: CallbackSigning): Promise<CallbackRecord>;
	/** POSTs any body to any URL: an object as JSON, a string as it is; signed as `sendCallback`. */
	forgeCallback(url: string, body: unknown, contentType?: string, signing?: CallbackSigning): Promise<CallbackRecord>;
	/** POSTs a recorded callback again: the same URL, bytes and signature headers (its timestamp as it was). */
	replayCallback(record: CallbackRecord): Promise<CallbackRecord>;
	reset(): void;
	count(kind: RequestKind): number;
	close(): Promise<void>;
}

export function startKlingSimulator(options?: SimulatorOptions): Promise<KlingSimulator>;
