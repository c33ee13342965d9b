import type { INodeExecutionData } from 'n8n-workflow';

/** A 1×1 PNG, as Base64. */
export const PNG_BASE64 =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** The first bytes of a JPEG, enough to be recognised. */
export const JPEG_BASE64 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');

/** An input item carrying an image as n8n binary data, as a form upload or Read Files would. */
export const itemWithImage = (property: string, base64 = PNG_BASE64, json = {}): INodeExecutionData => ({
	json,
	binary: { [property]: { data: base64, mimeType: 'image/png', fileName: `${property}.png` } },
});
