import { z } from 'zod';

import { httpUrlSchema, optionalText } from '../../../validation/common';

/** Kling reads at most 120 characters of text for lip-sync. */
export const LIP_SYNC_TEXT_MAX = 120;

/**
 * POST /v1/videos/lip-sync: everything but the callback and the task id sits
 * in `input`. Fields and limits from Kling's API reference (lip-sync: text
 * ≤ 120 characters, voice_language zh/en, voice_speed 0.8–2, audio_type
 * file/url; audio .mp3/.wav/.m4a/.aac ≤ 5 MB, checked in execute/resolveAudio;
 * the video as video_id or video_url, one of them), as ComfyUI's Kling
 * lip-sync nodes send them (comfy_api_nodes/nodes_kling.py, execute_lipsync
 * and MAX_PROMPT_LENGTH_LIP_SYNC = 120) and as gateways document them (e.g.
 * docs.acedata.cloud, Kling Lip Sync: text maxLength 120, voice_speed
 * 0.8 ≤ x ≤ 2). The video's own limits (2–10 s, ≤ 100 MB, 720p/1080p) and
 * the audio's length (2–60 s) only Kling can check.
 */
const input = z
	.object({
		video_id: z.string().trim().min(1, 'is required').optional(),
		video_url: httpUrlSchema,
		mode: z.enum(['text2video', 'audio2video'], { errorMap: () => ({ message: 'must be Text (text2video) or Audio (audio2video)' }) }),
		text: z.string().max(LIP_SYNC_TEXT_MAX, `must be at most ${LIP_SYNC_TEXT_MAX} characters`).optional(),
		voice_id: z.string().optional(),
		voice_language: z.enum(['zh', 'en'], { errorMap: () => ({ message: 'must be zh or en' }) }).optional(),
		voice_speed: z.number({ invalid_type_error: 'must be a number' }).min(0.8, 'must be between 0.8 and 2').max(2, 'must be between 0.8 and 2').optional(),
		audio_type: z.enum(['file', 'url']).optional(),
		audio_file: z.string().optional(),
		audio_url: httpUrlSchema,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		if (body.video_id === undefined && body.video_url === undefined) {
			ctx.addIssue({ code: 'custom', path: ['video_id'], message: 'is required: the ID of a video Kling made, or a video URL' });
		}
		if (body.video_id !== undefined && body.video_url !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['video_id'], message: 'give a video ID or a video URL, not both' });
		}
		if (body.mode === 'text2video') {
			if (!body.text?.trim()) ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required when Speech From is Text' });
			if (!body.voice_id?.trim()) ctx.addIssue({ code: 'custom', path: ['voice_id'], message: 'is required when Speech From is Text' });
		}
		if (body.mode === 'audio2video') {
			const audio = body.audio_type === 'url' ? body.audio_url : body.audio_type === 'file' ? body.audio_file : undefined;
			if (!audio) ctx.addIssue({ code: 'custom', path: ['audio_file'], message: 'is required when Speech From is Audio' });
		}
	});

export const lipSyncSchema = z
	.object({
		input,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough();
