import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { accountCostsFields } from './getCosts.fields';
import { getCostsSchema } from './getCosts.schema';
import { spacedCall } from '../../../transport/callSpacing';
import { baseUrlOf, klingRequest } from '../../../transport/klingRequest';
import { missingEndpointError, operationFailure } from '../../../transport/failures';
import { innerFailureOf, packListOf, packOf, packSummary } from '../../../transport/resourcePacks';
import { timeRangeOf } from '../../../validation/timeRange';
import { labelsOf } from '../../fieldBody';
import type { ActionOperation } from '../../types';

/*
 * GET /account/costs (the official reference, mirrored in WHQ25/rawgenai
 * docs/research/kling/account-costs.md): free to call, QPS ≤ 1;
 * `start_time` and `end_time` (Unix ms) both required, `resource_pack_name`
 * optional. The path sits at the API root beside /v1, so it is sent below the
 * credential's Base URL like every other path: on the official hosts that is
 * the host's root; an aggregator that proxies the whole Kling API under a
 * prefix (https://host/kling) would serve it there too. Hosts that do not
 * (most aggregators and gateways keep their own balance) get a clear error.
 */
const ENDPOINT = '/account/costs';
const QPS_GAP_MS = 1000;

const ADVICE =
	"Resource packs can only be read on Kling's official API (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com, with a Kling key); aggregators and gateways keep their own balance: see your provider's dashboard.";

/** Start and End as the fields sent them (Unix ms, or what was typed when it is no date) become the period, empty ends filled in. */
function shapeTimeRange(body: IDataObject, ctx: ItemContext): void {
	const labels = labelsOf(accountCostsFields);
	const { startMs, endMs } = timeRangeOf(ctx, { start: body.start_time, end: body.end_time }, { start: labels.start_time.label, end: labels.end_time.label });
	body.start_time = startMs;
	body.end_time = endMs;
}

export const getCosts: ActionOperation = {
	kind: 'action',
	resource: 'account',
	value: 'getCosts',
	name: 'Get Costs',
	action: 'Get resource packs and units left',
	description: "List the account's resource packs and the units left in them (free; Kling's official API only)",
	fields: accountCostsFields,
	schema: getCostsSchema,
	shapeBody: shapeTimeRange,
	// (Typed `unknown` by ActionOperation: the body from the pipeline.)
	run: async (ctx, input): Promise<INodeExecutionData[]> => {
		const body = input as IDataObject;
		const startMs = body.start_time as number;
		const endMs = body.end_time as number;
		const packName = (body.resource_pack_name as string | undefined) ?? '';
		const qs: IDataObject = { start_time: startMs, end_time: endMs, ...(packName ? { resource_pack_name: packName } : {}) };
		const baseUrl = await baseUrlOf(ctx);
		const spacing = `${ctx.executionId ?? ''} ${ctx.node.id} ${baseUrl}`;
		let answer: IDataObject;
		try {
			answer = await spacedCall(spacing, QPS_GAP_MS, ctx.signal, async () => await klingRequest(ctx, { method: 'GET', path: ENDPOINT, qs, action: 'the account query' }));
		} catch (error) {
			const endpoint = {
				route: `GET ${ENDPOINT}`,
				what: "Kling's account endpoint (resource packs)",
				advice: ADVICE,
				orElse: packName ? `it has no resource pack named "${packName}"` : undefined,
			};
			throw missingEndpointError(ctx, error, endpoint, baseUrl);
		}
		const inner = innerFailureOf(answer);
		if (inner) {
			throw operationFailure(ctx, 'refused', { message: `Kling API error ${inner.code} on the account query: ${inner.message || 'no message'}` });
		}
		const list = packListOf(answer);
		if (!list) {
			throw operationFailure(ctx, 'unreadable', {
				message: "The host's answer to the account query lists no resource packs (no resource_pack_subscribe_infos)",
				description: `${ADVICE} The host answered: ${JSON.stringify(answer).slice(0, 300)}`,
			});
		}
		const packs = list.map(packOf);
		const simplify = ctx.param('simplify', true);
		if (ctx.param<string>('costsOutput', 'summary') === 'packs') return packs.map((pack, i) => ({ json: simplify ? pack : { ...pack, raw: list[i] } }));
		const json: IDataObject = {
			...packSummary(packs),
			startTime: new Date(startMs).toISOString(),
			endTime: new Date(endMs).toISOString(),
			...(packName ? { resourcePackName: packName } : {}),
			...(simplify ? {} : { raw: answer }),
		};
		return [{ json }];
	},
};
