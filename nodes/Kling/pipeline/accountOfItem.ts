import type { IDataObject } from 'n8n-workflow';
import { createHash } from 'node:crypto';

import type { ItemContext } from '../context/itemContext';
import type { TaskOperation } from '../operations/types';
import { accountPack, type AccountPack, type PackType } from '../transport/accountCapacity';
import { invalidInput } from '../validation/invalidInput';
import { waitOptionsOf } from '../transport/pollTask';
import { AUTO_SERIES_AMOUNT, IMAGE_LIMITS, SERIES_RESULT } from '../vocabulary';

/** Which of the account's pack types a task draws on (Kling counts video, image and try-on apart). */
export function packTypeOf(op: TaskOperation): PackType {
	if (op.endpoint.startsWith('/v1/videos/')) return 'video';
	if (op.endpoint === '/v1/images/kolors-virtual-try-on') return 'tryOn';
	// Billed in image units, 20 a call (kling-pricing-image.md, "General | AI Multi-Shot"): an image task, one slot.
	if (op.endpoint === '/v1/general/ai-multi-shot') return 'image';
	if (op.endpoint.startsWith('/v1/images/')) return 'image';
	if (op.endpoint.startsWith('/v1/audio/')) return 'audio';
	return 'general';
}

const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1);

/**
 * How many slots a task takes: an image task one per image it makes (`n`; in an
 * Omni-Image series `series_amount`, and for `auto`, which takes as many as Kling
 * makes (kling-api-2026.md §D 04/27/2026), the fewest a series has: Kling's 1303
 * tells the node when that was too few).
 */
export function weightOf(pack: PackType, body: IDataObject): number {
	if (pack !== 'image') return 1;
	if (body.result_type !== SERIES_RESULT) return count(body.n);
	return body.series_amount === AUTO_SERIES_AMOUNT ? IMAGE_LIMITS.seriesImages.min : count(body.series_amount);
}

/**
 * Options → Account Concurrency: how many tasks of this operation's pack type the
 * user's plan runs at once, or undefined when not set. Anything but a whole
 * number of at least 1 is refused, naming the setting, before anything is sent.
 */
export function statedConcurrencyOf(ctx: ItemContext): number | undefined {
	const value = (waitOptionsOf(ctx) as IDataObject).accountConcurrency;
	if (value === undefined || value === null || value === '') return undefined;
	const number = typeof value === 'number' ? value : Number.NaN;
	if (!Number.isInteger(number) || number < 1) {
		throw invalidInput(
			ctx,
			`Options → Account Concurrency: must be a whole number of at least 1 (it is ${JSON.stringify(value)})`,
			"Give how many tasks your Kling plan runs at once (5 or 10 on most plans), or remove the option to let the node find out from Kling's answers.",
		);
	}
	return number;
}

/** The account a credential belongs to, as a digest: the same for every run that uses that key on that host, never the key. */
async function accountIdOf(ctx: ItemContext): Promise<string> {
	const credentials = await ctx.credentials();
	const who = [credentials.baseUrl, credentials.apiKey, credentials.accessKey].map((part) => String(part ?? '')).join('\n');
	return createHash('sha256').update(who).digest('hex').slice(0, 24);
}

/** This n8n process's view of the item's account and pack type (transport/accountCapacity.ts). */
export async function accountPackOf(ctx: ItemContext, op: TaskOperation): Promise<AccountPack> {
	return accountPack(await accountIdOf(ctx), packTypeOf(op), statedConcurrencyOf(ctx));
}
