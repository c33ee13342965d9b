import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { randomBytes } from 'node:crypto';

import type { ItemContext } from '../context/itemContext';
import { bodyOfFields, labelsOf } from '../operations/fieldBody';
import { EXTRA_BODY_KEY, merge } from '../operations/shared/toBody';
import type { Operation } from '../operations/types';
import { invalidInput } from '../validation/invalidInput';
import { validateBody } from '../validation/validateBody';
import { applyDefaultMode, blankTextPaths, pruneEmpty, shapeCameraControl, shapeMultiShot, shapeTrajectories } from './bodyShaping';
import { resolveAudio } from './resolveAudio';
import { resolveImages } from './resolveImages';
import { modelNoticeOf } from './modelNotice';
import { estimateUnits, type UnitEstimate } from './estimateUnits';
import { refuseAccessKeyForNewApi } from './newApiRequest';
import { derivedExternalTaskId } from './taskIds';

export interface PreparedItem {
	body: IDataObject;
	/** Whether the node made the External Task ID (the user left it empty). */
	derivedId: boolean;
	/** Set when the body names a model this release does not know (pipeline/modelNotice.ts). */
	modelNotice?: string;
	/** A task's units by Kling's published prices (pipeline/estimateUnits.ts). */
	estimate?: UnitEstimate;
}

function assertBaseUrl(ctx: ItemContext, baseUrl: unknown): void {
	let valid = false;
	try {
		const url = new URL(String(baseUrl));
		valid = url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		valid = false;
	}
	if (!valid) {
		throw new NodeOperationError(ctx.node, "The Kling API credential's Base URL is not an http(s) URL", {
			itemIndex: ctx.itemIndex,
			description: `Open the credential and set Base URL to e.g. https://api-singapore.klingai.com or your provider's URL (such as https://host/kling). It is now "${String(baseUrl ?? '')}".`,
		});
	}
}

/** Merges the user's extra JSON into the body (objects key by key, e.g. into Lip-Sync's `input`): fields the API has and the node does not (yet). */
export function mergeExtraFields(ctx: ItemContext, body: IDataObject): void {
	const extra = body[EXTRA_BODY_KEY];
	delete body[EXTRA_BODY_KEY];
	if (extra === undefined) return;
	let parsed: unknown = extra;
	if (typeof extra === 'string') {
		try {
			parsed = JSON.parse(extra);
		} catch (error) {
			parsed = error;
		}
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || parsed instanceof Error) {
		throw invalidInput(ctx, 'Additional Body Fields (JSON): must be a JSON object', 'For example {"new_field": "value"}.');
	}
	merge(body, parsed as IDataObject);
}

/**
 * Everything before a request leaves, for one item of any operation (a task
 * or one answered at once): the body from
 * the operation's fields, cleaned of empty values (and of texts of only
 * whitespace), shaped where the API nests differently from the UI, merged
 * with the user's extra JSON, given the model's default mode and the
 * operation's own defaults, its images and audio encoded, checked against
 * the operation's schema, and, for a task, given its idempotency key. Throws (naming the field) before anything is sent.
 */
export async function prepareBody(ctx: ItemContext, op: Operation, runIndex: number): Promise<PreparedItem> {
	assertBaseUrl(ctx, (await ctx.credentials()).baseUrl);
	const { body, blank } = await shapedBodyOf(ctx, op);
	if (op.kind === 'task') refuseAccessKeyForNewApi(ctx, op, body);
	const labels = labelsOf(op.fields);
	await resolveImages(ctx, body, op.media?.images ?? [], labels, op.media?.imageSize);
	await resolveAudio(ctx, body, op.media?.audio ?? [], labels);
	validateBody(ctx, op.schema, body, labels, blank);
	// Only a task is named: the endpoints answered at once take no External Task ID.
	const modelNotice = modelNoticeOf(body);
	if (op.kind !== 'task') return { body, derivedId: false, modelNotice };
	const estimate = estimateUnits(op, body);
	const derivedId = body.external_task_id === undefined;
	if (derivedId) {
		// Without an execution id (a bare engine run) a random part keeps ids unique.
		body.external_task_id = ctx.executionId
			? derivedExternalTaskId(ctx.executionId, ctx.node.name, runIndex, ctx.itemIndex)
			: `n8n-${randomBytes(8).toString('hex')}`;
	}
	return { body, derivedId, modelNotice, estimate };
}

/**
 * The item's body as its fields shape it, before media are encoded and the
 * body is checked: read, cleaned of empty values, shaped, merged with the
 * extra JSON, given the model's default mode and the operation's own
 * shaping. `blank`: the dotted paths of texts of only whitespace it dropped.
 * (The callback handler reads it again for the estimate, sending nothing.)
 */
export async function shapedBodyOf(ctx: ItemContext, op: Operation): Promise<{ body: IDataObject; blank: Set<string> }> {
	// A field hidden by another's choice (Lip-Sync's Audio when Speech From is Text) is not in the node's parameters: null.
	const built = bodyOfFields(op.fields, (name) => ctx.param<unknown>(name, null));
	const blank = new Set(blankTextPaths(built));
	const body = (pruneEmpty(built) ?? {}) as IDataObject;
	shapeCameraControl(body);
	shapeMultiShot(body);
	shapeTrajectories(body);
	mergeExtraFields(ctx, body);
	applyDefaultMode(body, op.value);
	await op.shapeBody?.(body, ctx);
	return { body, blank };
}
