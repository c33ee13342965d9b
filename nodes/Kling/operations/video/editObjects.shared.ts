import { z } from 'zod';

import type { OperationField } from '../field';
import { entries, to, toNumber } from '../shared/toBody';

/*
 * What the Edit Objects operations share (Kling's multi-element video
 * editing). Every rule below is from Kling's reference,
 * kling.ai/document-api/api/video/multi-elements ([V]: aself101/kling-api
 * docs/api/kling-multi-element-video-editing.md; [M] apiReference_model__multiElements;
 * shared/spec/kling-api-2026.md §1.1):
 * - init-selection answers a `session_id` "valid for 24 hours", which every
 *   later step names;
 * - add-selection / delete-selection take `frame_index` (int; at most 10
 *   frames marked, one a call) and `points[{x, y}]`, floats in [0, 1] from the
 *   top-left corner, at most 10 on a frame; an unmark's points "must exactly
 *   match those used when adding".
 */

/** Kling keeps a session this long after init-selection ("valid for 24 hours"). */
export const SESSION_HOURS = 24;
/** At most 10 points on one frame (add-selection `points`). */
export const POINTS_MAX = 10;
/** At most 10 frames marked in a session (add-selection `frame_index`): Kling counts them. */
export const FRAMES_MAX = 10;

export const SESSION_HINT = `From Edit Objects: Start Session (its <code>sessionId</code>). Kling keeps a session for ${SESSION_HOURS} hours.`;

export function sessionIdField(description: string): OperationField {
	return {
		displayName: 'Session ID',
		name: 'sessionId',
		send: to('session_id'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.sessionId }}',
		description,
		hint: SESSION_HINT,
	};
}

export const frameIndexField: OperationField = {
	displayName: 'Frame Index',
	name: 'frameIndex',
	send: toNumber('frame_index'),
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: `The frame the points are on, counted from 0 (Start Session outputs the video's totalFrames and fps). At most ${FRAMES_MAX} frames of a session can be marked.`,
};

/** A coordinate typed as text (an expression) is sent as a number. */
const coordinate = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value);

export function pointsField(description: string): OperationField {
	return {
		displayName: 'Points',
		name: 'points',
		send: (value) => ({ points: entries(value, 'point').map((point) => ({ x: coordinate(point.x), y: coordinate(point.y) })) }),
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: POINTS_MAX },
		required: true,
		default: {},
		placeholder: 'Add Point',
		description,
		options: [
			{
				displayName: 'Point',
				name: 'point',
				values: [
					{
						displayName: 'X',
						name: 'x',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 4 },
						default: 0.5,
						description: 'From 0 (left edge) to 1 (right edge), as a share of the width',
					},
					{
						displayName: 'Y',
						name: 'y',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 4 },
						default: 0.5,
						description: 'From 0 (top edge) to 1 (bottom edge), as a share of the height',
					},
				],
			},
		],
	};
}

/* The checks, before sending. */

export const sessionIdSchema = z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).min(1, 'is required');

export const frameIndexSchema = z
	.number({ required_error: 'is required', invalid_type_error: 'must be a number' })
	.int('must be a whole number (frames are counted from 0)')
	.min(0, 'must be 0 or more (frames are counted from 0)');

const share = z
	.number({ required_error: 'is required', invalid_type_error: 'must be a number' })
	.min(0, 'must be between 0 and 1')
	.max(1, 'must be between 0 and 1');

const POINTS = `needs 1 to ${POINTS_MAX} points`;
export const pointsSchema = z
	.array(z.object({ x: share, y: share }).strict(), { required_error: POINTS })
	.min(1, POINTS)
	.max(POINTS_MAX, `allows at most ${POINTS_MAX} points on a frame`);

/** A mark's or an unmark's body: the session, a frame, its points (nothing else: the endpoints take nothing else). */
export const selectionSchema = z.object({ session_id: sessionIdSchema, frame_index: frameIndexSchema, points: pointsSchema }).strict();
