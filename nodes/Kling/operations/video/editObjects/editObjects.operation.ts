import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { invalidInput } from '../../../validation/invalidInput';
import { editObjectsFields } from './editObjects.fields';
import { EDIT_IMAGE_SIZE, editObjectsSchema } from './editObjects.schema';
import { checkSessionAlive, editDurationFor, sessionFactsOf } from '../editObjects.session';
import type { TaskOperation } from '../../types';

/** The source lengths each edit length needs (Kling's reference, `duration`). */
const SOURCE_OF = { '5': '2–5', '10': '7–10' } as const;

/**
 * Duration, matched to the session's video before sending (a 5 s edit needs a
 * 2–5 s source, a 10 s edit a 7–10 s one: Kling's reference, `duration`). The
 * node knows the source's length when the input item is an Edit Objects
 * step's output for this session (Start Session reads it from Kling's
 * answer; the later steps carry it on): Match the Source Video takes it from
 * there, and a chosen length that cannot fit it is refused. Without it, the
 * length must be chosen.
 */
function matchDuration(body: IDataObject, ctx: ItemContext): void {
	checkSessionAlive(ctx, body);
	const facts = sessionFactsOf(ctx, body.session_id);
	const seconds = Number(facts.sourceDuration);
	const known = Number.isFinite(seconds) && seconds > 0;
	if (body.duration === undefined) {
		const fits = known ? editDurationFor(seconds) : facts.editDuration === '5' || facts.editDuration === '10' ? facts.editDuration : undefined;
		if (!fits) {
			throw invalidInput(
				ctx,
				"Duration: the source video's length is not known here, so it cannot be matched",
				'The input item is not an Edit Objects step\'s output for this session. Choose 5 Seconds (a source of 2–5 s) or 10 Seconds (7–10 s), or set Duration to {{ $(\'<your Start Session node>\').item.json.editDuration }}.',
			);
		}
		body.duration = fits;
		return;
	}
	if (typeof body.duration === 'number') body.duration = String(body.duration);
	const asked = String(body.duration) as keyof typeof SOURCE_OF;
	if (known && SOURCE_OF[asked] && editDurationFor(seconds) !== asked) {
		throw invalidInput(
			ctx,
			`Duration: ${asked} seconds needs a source video of ${SOURCE_OF[asked]} s, and this session's video lasts ${seconds} s`,
			`Choose ${editDurationFor(seconds)} Seconds, or Match the Source Video.`,
		);
	}
}

/**
 * Edit Objects: add an object to the session's video, or swap or remove the
 * object marked in it, as a Kling task (POST /v1/videos/multi-elements, read
 * back at /v1/videos/multi-elements/<id>; its result lists the video).
 */
export const editObjects: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'editObjects',
	name: 'Edit Objects',
	action: 'Add, swap or remove an object in a video',
	description: "Add an object to a session's video, or swap or remove the object marked in it",
	endpoint: '/v1/videos/multi-elements',
	taskKind: 'multi-elements',
	result: 'videos',
	fields: editObjectsFields,
	schema: editObjectsSchema,
	media: { images: [['image_list', '*', 'image']], imageSize: EDIT_IMAGE_SIZE },
	shapeBody: matchDuration,
};
