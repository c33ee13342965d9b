import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { BodyPath } from '../operations/types';
import type { FieldLabels } from '../validation/fieldLabels';
import { labelForPath } from '../validation/fieldLabels';
import { invalidInput } from '../validation/invalidInput';
import { LIMITS } from '../vocabulary';
import { isHttpUrl, mediaBytes, replaceAtPaths } from './resolveImages';

/**
 * Kling takes audio of at most 5 MB as .mp3, .wav, .m4a or .aac, for
 * Lip-Sync (`input.audio_file`) and Avatar (`sound_file`) alike: Kling API
 * reference, "Avatar › sound_file" and the lip-sync input (both "max 5MB");
 * ComfyUI's Kling lip-sync node says the same (comfy_api_nodes/nodes_kling.py,
 * KlingLipSyncAudioToVideoNode: "The audio file should not be larger than 5MB").
 */
const MAX_AUDIO_BYTES = LIMITS.audioMegabytes * 1024 * 1024;

/** MP3 (an ID3 tag or an MPEG frame), AAC (ADTS, the same sync word), WAV (RIFF…WAVE), M4A (an ISO `ftyp` box). */
export function looksLikeAudio(bytes: Buffer): boolean {
	const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');
	return (
		ascii(0, 3) === 'ID3' ||
		(bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0) ||
		(ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') ||
		ascii(4, 8) === 'ftyp'
	);
}

/**
 * Replaces every audio value of the body (at the operation's audio paths) by
 * what Kling takes: an http(s) URL as it is; a binary property of the
 * incoming item, or Base64, as plain Base64 of an MP3, WAV, M4A or AAC file
 * of at most 5 MB. Errors name the field as the operation shows it (`labels`).
 */
export async function resolveAudio(ctx: ItemContext, body: IDataObject, paths: BodyPath[], labels: FieldLabels): Promise<void> {
	await replaceAtPaths(body, paths, async (value, path) => {
		const fail = (rule: string) =>
			invalidInput(
				ctx,
				`${labelForPath(path, labels)}: ${rule}`,
				'An audio field takes a URL (https://...), the name of a binary property of the input item (e.g. data), or Base64.',
			);
		const text = value.trim();
		if (isHttpUrl(text)) return text;
		const found = await mediaBytes(ctx, text);
		if ('problem' in found) throw fail(found.problem);
		const { bytes } = found;
		if (bytes.length > MAX_AUDIO_BYTES) throw fail(`the audio is ${(bytes.length / 1048576).toFixed(1)} MB; Kling takes at most ${LIMITS.audioMegabytes} MB`);
		if (!looksLikeAudio(bytes)) throw fail('the audio must be an MP3, WAV, M4A or AAC file');
		return bytes.toString('base64');
	});
}
