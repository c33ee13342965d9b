import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { textToSpeechFields } from './textToSpeech.fields';
import { pollUntilFinal, taskFailedError } from '../../../transport/pollTask';
import { downloadResultFile, MP3_FILE, WAV_FILE } from '../../../transport/downloadVideo';
import { baseUrlOf, klingRequest } from '../../../transport/klingRequest';
import { isFailure, isKlingFailure, missingEndpointError, noTaskInAnswer, operationFailure, redescribed } from '../../../transport/failures';
import { readTask, taskToJson } from '../../../transport/taskShape';
import type { FinishedTask } from '../../../transport/waitForTask';
import { textToSpeechSchema } from './textToSpeech.schema';
import type { ActionOperation } from '../../types';

/*
 * POST /v1/audio/tts (the official reference, mirrored in WHQ25/rawgenai
 * docs/research/kling/tts.md) answers with the task already done:
 * data.task_id, task_status and task_result.audios[{id, url, duration}]. So
 * this is an operation answered at once, not a task to wait for: no Wait for
 * Completion, no callback, and no External Task ID or Callback URL (the
 * endpoint documents neither). A host that answers a task not yet final
 * (some gateways run it as a task) is polled at GET /v1/audio/tts/<task_id>
 * by the one waiting helper (pollUntilFinal).
 */
const ENDPOINT = '/v1/audio/tts';

/** Sends the request (a write: a lost answer is never sent again, klingRequest) and reads the task in the answer. */
async function submitSpeech(ctx: ItemContext, body: IDataObject): Promise<FinishedTask> {
	const action = 'the text to speech request';
	const raw = await klingRequest(ctx, {
		method: 'POST',
		path: ENDPOINT,
		body,
		action,
		ifAnswerLost: {
			description:
				'The node did not send it again: the host may have made (and charged) it, and it cannot be looked up. Kling takes no External Task ID for text to speech. Run the item again if you still need the speech.',
		},
	});
	const task = readTask(raw);
	if (!task) {
		throw noTaskInAnswer(ctx, 'The Kling host accepted the text to speech request but its answer holds no task', raw);
	}
	return { task, raw };
}

/** The speech as binary data: the first audio's file (Kling's is an MP3; a .wav URL is stored as a WAV). */
async function speechFile(ctx: ItemContext, current: FinishedTask): Promise<IBinaryData> {
	const { taskId } = current.task;
	const [audio] = current.task.audios;
	const url = audio?.mp3Url ?? audio?.wavUrl;
	if (!url) {
		throw operationFailure(ctx, 'unreadable', {
			message: `Kling task ${taskId} succeeded but lists no audio`,
			description: 'Nothing was downloaded; with Download Audio off, the node outputs what the task lists.',
		});
	}
	const isMp3 = url === audio?.mp3Url;
	return await downloadResultFile(ctx, url, `kling-${taskId}.${isMp3 ? 'mp3' : 'wav'}`, isMp3 ? MP3_FILE : WAV_FILE);
}

/**
 * The shared wait's "not finished after the maximum wait" error, with advice
 * that fits speech: Task → Get lists no speech tasks, so the task is named
 * by where it can be read. Other errors pass as they are.
 */
function notReadyInTime(ctx: ItemContext, error: Error): Error {
	if (!isKlingFailure(error) || !isFailure(error, 'notFinished')) return error;
	return redescribed(
		ctx,
		error,
		`The host runs text to speech as a task and has not finished it. Raise Options → Max Wait, or read it later at GET ${ENDPOINT}/<task ID> (e.g. with an HTTP Request node and your key).`,
	);
}

export const textToSpeech: ActionOperation = {
	kind: 'action',
	resource: 'audio',
	value: 'textToSpeech',
	name: 'Text to Speech',
	action: 'Generate speech from text',
	description: "Speak a text (up to 1000 characters) with one of Kling's voices or a custom one, as an MP3",
	fields: textToSpeechFields,
	schema: textToSpeechSchema,
	run: async (ctx, body): Promise<INodeExecutionData[]> => {
		const baseUrl = await baseUrlOf(ctx);
		let current: FinishedTask;
		try {
			current = await submitSpeech(ctx, body);
		} catch (error) {
			throw missingEndpointError(
				ctx,
				error,
				{
					route: `POST ${ENDPOINT}`,
					what: "Kling's text to speech",
					advice: "Kling's official API serves it (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); ask your provider whether it passes /v1/audio/tts on.",
					orElse: 'it does not know the Voice ID',
				},
				baseUrl,
			);
		}
		current = await pollUntilFinal(ctx, ENDPOINT, current).catch((error: Error) => {
			throw notReadyInTime(ctx, error);
		});
		if (current.task.status === 'failed') throw taskFailedError(ctx, current);
		const item: INodeExecutionData = { json: taskToJson(current.task, ctx.param('simplify', true) ? undefined : current.raw, 'audios') };
		if (ctx.param('downloadVideo', true)) {
			item.binary = { [ctx.param('binaryPropertyName', 'data') || 'data']: await speechFile(ctx, current) };
		}
		return [item];
	},
};
