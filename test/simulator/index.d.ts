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
	endpoint: string;
	body: any;
	created_at: number;
	outcome: 'succeed' | 'failed';
	failMessage?: string;
	durationMs: number;
}

export interface Fault {
	on: 'submit' | 'poll' | 'download' | 'list' | 'any';
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

export type RequestKind = 'submit' | 'poll' | 'download' | 'list';

export interface KlingSimulator {
	/** 'http://127.0.0.1:PORT', without a path prefix. */
	baseUrl: string;
	port: number;
	apiKey: string;
	requests: RecordedRequest[];
	tasks: Map<string, SimTask>;
	inject(fault: Fault): void;
	failNextTask(message?: string): void;
	reset(): void;
	count(kind: RequestKind): number;
	close(): Promise<void>;
}

export function startKlingSimulator(options?: SimulatorOptions): Promise<KlingSimulator>;
