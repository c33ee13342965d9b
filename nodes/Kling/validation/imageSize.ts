/**
 * The size of a PNG or JPEG, read from its first bytes (no decoding), so a
 * documented minimum size and aspect range can be checked before anything
 * is sent. Images given by URL are not fetched: Kling checks those.
 */

export interface ImageSize {
	width: number;
	height: number;
}

/** A documented rule on an image's pixels: the shorter side at least `minSide`, width:height within 1:maxRatio … maxRatio:1. */
export interface ImageSizeRule {
	minSide: number;
	maxRatio: number;
}

/** PNG: the IHDR chunk follows the 8-byte signature; width and height are its first two big-endian 32-bit fields. */
function pngSize(bytes: Buffer): ImageSize | undefined {
	if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
		return undefined;
	}
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC), which holds height then width. */
function jpegSize(bytes: Buffer): ImageSize | undefined {
	if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return undefined;
		const marker = bytes[at + 1];
		if (marker === 0xff) {
			at++; // fill byte
			continue;
		}
		const length = bytes.readUInt16BE(at + 2);
		const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
		if (isFrame) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
		if (marker === 0xda || length < 2) return undefined; // image data without a frame header: give up
		at += 2 + length;
	}
	return undefined;
}

/** The image's size, or undefined when its header cannot be read (then nothing is refused). */
export const imageSizeOf = (bytes: Buffer): ImageSize | undefined => pngSize(bytes) ?? jpegSize(bytes);

/** What breaks the rule, in words, or undefined (also when the size cannot be read). */
export function imageSizeProblem(bytes: Buffer, rule: ImageSizeRule): string | undefined {
	const size = imageSizeOf(bytes);
	if (!size || !size.width || !size.height) return undefined;
	const { width, height } = size;
	if (Math.min(width, height) < rule.minSide) {
		return `the image is ${width}×${height} px; Kling needs at least ${rule.minSide} px on each side`;
	}
	const ratio = width / height;
	if (ratio > rule.maxRatio || ratio < 1 / rule.maxRatio) {
		return `the image is ${width}×${height} px; Kling takes aspect ratios from 1:${rule.maxRatio} to ${rule.maxRatio}:1`;
	}
	return undefined;
}
