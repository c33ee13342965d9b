import type { IBinaryData } from 'n8n-workflow';

import type { ItemContext } from '../nodes/Kling/context/itemContext';
import { storedBytes } from '../nodes/Kling/transport/storedBytes';

// Only the store's metadata is read: a stand-in for that one method of the item context.
const ctxWith = (getBinaryMetadata: (id: string) => Promise<{ fileSize: number }>) =>
	({ storedFileSize: async (id: string) => (await getBinaryMetadata(id)).fileSize }) as unknown as ItemContext;
const noStore = ctxWith(async () => {
	throw new Error('no store');
});
const binary = (fields: Partial<IBinaryData>) => ({ mimeType: 'video/mp4', data: '', ...fields }) as IBinaryData;

describe('storedBytes: the stored size on every n8n line', () => {
	test('n8n 2.x: `bytes` as n8n set it', async () => {
		expect(await storedBytes(noStore, binary({ bytes: 5319, id: 'filesystem-v2:x', data: 'filesystem-v2' }))).toBe(5319);
	});

	test('n8n 1.x, filesystem or s3 mode: no `bytes`, `data` names the store; the size comes from the metadata', async () => {
		const ctx = ctxWith(async (id) => ({ fileSize: id === 'filesystem-v2:workflows/1/x' ? 5319 : 0 }));
		expect(await storedBytes(ctx, binary({ id: 'filesystem-v2:workflows/1/x', data: 'filesystem-v2' }))).toBe(5319);
	});

	test('n8n 1.x, memory mode: the base64 data itself', async () => {
		expect(await storedBytes(noStore, binary({ data: Buffer.alloc(5319).toString('base64') }))).toBe(5319);
	});

	test('a store whose metadata cannot be read: unknown, not a wrong figure', async () => {
		expect(await storedBytes(noStore, binary({ id: 's3:x', data: 's3' }))).toBeUndefined();
	});
});
