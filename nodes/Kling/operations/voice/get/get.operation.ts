import type { IDataObject } from 'n8n-workflow';

import { getVoiceFields } from './get.fields';
import { getVoiceSchema } from './get.schema';
import { findVoice, voiceJson } from '../../../library/readVoices';
import type { ActionOperation } from '../../types';
import { operationFailure } from '../../../transport/failures';

const text = (value: unknown) => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined);

/**
 * Voice → Get: a voice by its ID, or by the ID of the Voice → Create task
 * that made it (that task read as it stands: a running one has no voice yet).
 */
export const getVoice: ActionOperation = {
	kind: 'action',
	resource: 'voice',
	value: 'get',
	name: 'Get',
	action: 'Get a voice',
	description: "Read one voice (the account's or a preset) by its ID, or by the ID of the task that made it",
	fields: getVoiceFields,
	schema: getVoiceSchema,
	run: async (ctx, body) => {
		const id = String(body.voice_id);
		const found = await findVoice(ctx, id);
		const simplify = ctx.param('simplify', true);
		if (!found) {
			throw operationFailure(ctx, 'notFound', {
				message: `Voice ID: no voice or voice task ${id} in this account's voices or Kling's presets`,
				description: 'Check the ID (Voice → Get Many lists them). A deleted voice is gone.',
			});
		}
		if ('voice' in found) return [{ json: voiceJson(found.voice, simplify ? undefined : found.voice.raw) }];
		const { task, raw } = found;
		const [voice] = task.listed.voices ?? [];
		const json: IDataObject = voice
			? voiceJson({
					id: text(voice.voice_id) ?? '',
					name: text(voice.voice_name) ?? '',
					ownedBy: text(voice.owned_by),
					trialUrl: text(voice.trial_url),
					taskId: task.taskId,
					status: task.status,
					source: 'custom',
					raw: voice,
				})
			: { taskId: task.taskId, status: task.status, ...(task.statusMessage ? { statusMessage: task.statusMessage } : {}), source: 'custom' };
		if (!simplify) json.raw = raw;
		return [{ json }];
	},
};
