import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { BodyPath } from '../operations/types';
import type { FieldLabels } from '../validation/fieldLabels';
import { LIMITS } from '../vocabulary';
import type { MediaKind } from './resolveImages';
import { resolveMedia } from './resolveImages';

/*
 * Kling takes audio of at most 5 MB as .mp3, .wav, .m4a or .aac, for
 * Lip-Sync (`input.audio_file`) and Avatar (`sound_file`) alike: Kling API
 * reference, "Avatar › sound_file" and the lip-sync input (both "max 5MB");
 * ComfyUI's Kling lip-sync node says the same (comfy_api_nodes/nodes_kling.py,
 * KlingLipSyncAudioToVideoNode: "The audio file should not be larger than 5MB").
 */

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

const AUDIO: MediaKind = { noun: 'audio', maxMegabytes: LIMITS.audioMegabytes, looksRight: looksLikeAudio, types: 'an MP3, WAV, M4A or AAC file' };

/** The audio of the body (at the operation's audio paths): MP3, WAV, M4A or AAC, at most 5 MB (see above). */
export async function resolveAudio(ctx: ItemContext, body: IDataObject, paths: BodyPath[], labels: FieldLabels): Promise<void> {
	await resolveMedia(ctx, body, paths, labels, AUDIO);
}
