import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../../context/itemContext';
import { baseUrlOf, klingRequest } from '../../transport/klingRequest';
import { missingEndpointError, operationFailure } from '../../transport/failures';
import { readCost } from '../../transport/taskShape';
import { invalidInput } from '../../validation/invalidInput';
import { SESSION_HOURS } from './editObjects.shared';
import { isObject } from '../../transport/jsonValues';

/*
 * The session steps of Kling's multi-element video editing, answered at once
 * (kling.ai/document-api/api/video/multi-elements; [V] aself101/kling-api
 * docs/api/kling-multi-element-video-editing.md): POST
 * /v1/videos/multi-elements/<step> answers `data{status, session_id,
 * final_unit_deduction, final_balance_deduction, …}`, where `status` is a
 * "rejection code, non-zero indicates recognition failure". The session
 * "remains unchanged during editing operations, valid for 24 hours".
 */
export const MULTI_ELEMENTS = '/v1/videos/multi-elements';

export type SessionStep = 'init-selection' | 'add-selection' | 'delete-selection' | 'clear-selection' | 'preview-selection';

/** What the user reads about one step. */
export interface StepWords {
	/** For messages: "the start of the edit session". */
	action: string;
	/** After a lost answer, what the host may have done: "a session may have been started". */
	mayHave: string;
	/** After a lost answer, what to do (the step is not sent again). */
	ifLost: string;
	/** When Kling refuses (status non-zero): "Kling could not prepare the video for editing". */
	refused: string;
	/** What to check then. */
	refusedAdvice: string;
}

/**
 * One session step: sent once (a POST whose answer was lost is not sent again,
 * klingRequest), a host without the route named as such, a refusal
 * (`data.status` non-zero) an error with Kling's words. Answers `data`, and
 * the whole answer as `raw`.
 */
export async function sessionStep(ctx: ItemContext, step: SessionStep, body: IDataObject, words: StepWords): Promise<{ data: IDataObject; raw: IDataObject }> {
	const path = `${MULTI_ELEMENTS}/${step}`;
	let raw: IDataObject;
	try {
		raw = await klingRequest(ctx, { method: 'POST', path, body, action: words.action, ifAnswerLost: { mayHave: words.mayHave, description: words.ifLost } });
	} catch (error) {
		throw missingEndpointError(
			ctx,
			error,
			{
				route: `POST ${path}`,
				what: "Kling's multi-element video editing (Edit Objects)",
				advice:
					"Kling's official API serves it (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); ask your provider whether it passes /v1/videos/multi-elements on.",
				orElse: step === 'init-selection' ? 'it does not know the video' : 'it does not know the session',
			},
			await baseUrlOf(ctx),
		);
	}
	const data = isObject(raw.data) ? raw.data : undefined;
	if (!data) {
		throw operationFailure(ctx, 'unreadable', {
			message: `The Kling host answered ${words.action} without its data`,
			description: JSON.stringify(raw).slice(0, 300),
		});
	}
	const status = Number(data.status ?? 0);
	if (status !== 0) {
		const said = typeof raw.message === 'string' && raw.message && raw.message !== 'SUCCEED' ? raw.message : 'the host gave no reason';
		throw operationFailure(ctx, 'refused', { message: `${words.refused} (status ${String(data.status)}): ${said}`, description: words.refusedAdvice });
	}
	return { data, raw };
}

/*
 * What the node knows of a session, carried from step to step in the items:
 * Start Session outputs it, every later step copies it from its input item
 * when that item is about the same session. Edit Objects reads the source's
 * length there (its Duration must match it), Mark and Unmark the number of
 * frames, every step the session's end.
 */
const FACTS = ['sessionExpiresAt', 'sourceDuration', 'editDuration', 'fps', 'totalFrames', 'width', 'height'] as const;
export type SessionFacts = Partial<Record<(typeof FACTS)[number], string | number>>;

/** What the input item says of this session (nothing when it is about another one, or none). */
export function sessionFactsOf(ctx: ItemContext, sessionId: unknown): SessionFacts {
	const json = ctx.inputItem().json ?? {};
	if (typeof sessionId !== 'string' || json.sessionId !== sessionId) return {};
	const facts: SessionFacts = {};
	for (const key of FACTS) {
		const value = json[key];
		if (typeof value === 'string' || typeof value === 'number') facts[key] = value;
	}
	return facts;
}

/** Refuses, before sending, a session the input item says has ended (24 hours after Start Session). */
export function checkSessionAlive(ctx: ItemContext, body: IDataObject): void {
	const { sessionExpiresAt } = sessionFactsOf(ctx, body.session_id);
	const ends = typeof sessionExpiresAt === 'string' ? Date.parse(sessionExpiresAt) : NaN;
	if (Number.isFinite(ends) && ends <= Date.now()) {
		throw invalidInput(
			ctx,
			`Session ID: the session ended at ${String(sessionExpiresAt)} (Kling keeps a session for ${SESSION_HOURS} hours)`,
			'Start a new one with Edit Objects: Start Session and mark the object again.',
		);
	}
}

/** Refuses, before sending, a frame past the end of the video, when the input item says how many frames it has. */
export function checkFrameInVideo(ctx: ItemContext, body: IDataObject): void {
	checkSessionAlive(ctx, body);
	const frames = Number(sessionFactsOf(ctx, body.session_id).totalFrames);
	const frame = body.frame_index;
	if (Number.isInteger(frames) && frames > 0 && typeof frame === 'number' && frame >= frames) {
		throw invalidInput(ctx, `Frame Index: must be below ${frames} (the video has ${frames} frames, counted from 0)`);
	}
}

/** The length Edit Objects must ask for (Kling: 5 s for a 2–5 s source, 10 s for 7–10 s); a source Kling took is in one of the two. */
export const editDurationFor = (seconds: number): '5' | '10' => (seconds < 6 ? '5' : '10');

/**
 * The item a session step outputs: the session, the facts the input item
 * carried about it, the step's own fields, what it cost; with Simplify Output
 * off, the host's answer under `raw`.
 */
export function sessionOutput(ctx: ItemContext, sessionId: string, fields: IDataObject, answer: { data: IDataObject; raw: IDataObject }): IDataObject {
	const json: IDataObject = { sessionId, ...sessionFactsOf(ctx, sessionId), ...fields, cost: readCost(answer.data) as IDataObject | undefined };
	if (!ctx.param('simplify', true)) json.raw = answer.raw;
	for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
	return json;
}
