import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountCostsFields } from './getCosts.fields';
import { spaceCalls } from '../../../transport/callSpacing';
import { baseUrlOf, klingRequest } from '../../../transport/klingRequest';
import { missingEndpointError } from '../../../transport/missingEndpoint';
import { innerFailureOf, packListOf, packOf, packSummary } from '../../../transport/resourcePacks';
import { readTimeRange } from '../../../validation/timeRange';
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

interface CostsQuery {
	qs: IDataObject;
	output: 'summary' | 'packs';
	startMs: number;
	endMs: number;
	packName: string;
}

const ADVICE =
	"Resource packs can only be read on Kling's official API (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com, with a Kling key); aggregators and gateways keep their own balance: see your provider's dashboard.";

export const getCosts: ActionOperation = {
	resource: 'account',
	value: 'getCosts',
	name: 'Get Costs',
	action: 'Get resource packs and units left',
	description: "List the account's resource packs and the units left in them (free; Kling's official API only)",
	fields: accountCostsFields,
	prepare: async (ctx): Promise<CostsQuery> => {
		const { startMs, endMs } = readTimeRange(ctx);
		const packName = String(ctx.param('resourcePackName', '') ?? '').trim();
		return {
			qs: { start_time: startMs, end_time: endMs, ...(packName ? { resource_pack_name: packName } : {}) },
			output: ctx.param<string>('costsOutput', 'summary') === 'packs' ? 'packs' : 'summary',
			startMs,
			endMs,
			packName,
		};
	},
	run: async (ctx, prepared): Promise<INodeExecutionData[]> => {
		const query = prepared as CostsQuery;
		const baseUrl = await baseUrlOf(ctx);
		await spaceCalls(`${ctx.executionId ?? ''} ${ctx.node.id} ${baseUrl}`, QPS_GAP_MS, ctx.signal);
		let body: IDataObject;
		try {
			body = await klingRequest(ctx, { method: 'GET', path: ENDPOINT, qs: query.qs, action: 'the account query' });
		} catch (error) {
			const endpoint = {
				route: `GET ${ENDPOINT}`,
				what: "Kling's account endpoint (resource packs)",
				advice: ADVICE,
				orElse: query.packName ? `it has no resource pack named "${query.packName}"` : undefined,
			};
			throw missingEndpointError(ctx, error, endpoint, baseUrl);
		}
		const inner = innerFailureOf(body);
		if (inner) {
			throw new NodeOperationError(ctx.node, `Kling API error ${inner.code} on the account query: ${inner.message || 'no message'}`, { itemIndex: ctx.itemIndex });
		}
		const list = packListOf(body);
		if (!list) {
			throw new NodeOperationError(ctx.node, "The host's answer to the account query lists no resource packs (no resource_pack_subscribe_infos)", {
				itemIndex: ctx.itemIndex,
				description: `${ADVICE} The host answered: ${JSON.stringify(body).slice(0, 300)}`,
			});
		}
		const packs = list.map(packOf);
		const simplify = ctx.param('simplify', true);
		if (query.output === 'packs') return packs.map((pack, i) => ({ json: simplify ? pack : { ...pack, raw: list[i] } }));
		const json: IDataObject = {
			...packSummary(packs),
			startTime: new Date(query.startMs).toISOString(),
			endTime: new Date(query.endMs).toISOString(),
			...(query.packName ? { resourcePackName: query.packName } : {}),
			...(simplify ? {} : { raw: body }),
		};
		return [{ json }];
	},
};
