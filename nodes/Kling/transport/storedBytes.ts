import type { IBinaryData } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';

/**
 * How many bytes n8n stored for this binary data, on every n8n line. 2.x sets
 * `bytes`; 1.x does not, and when the data sits in a store (filesystem, s3)
 * `data` holds the store's name, not the file: its metadata has the size.
 * Undefined when it cannot be told.
 */
export async function storedBytes(ctx: ItemContext, binary: IBinaryData): Promise<number | undefined> {
	if (typeof binary.bytes === 'number') return binary.bytes;
	if (binary.id) {
		try {
			return await ctx.storedFileSize(binary.id);
		} catch {
			return undefined;
		}
	}
	return binary.data ? Buffer.from(binary.data, 'base64').length : undefined;
}
