// @ts-check
'use strict';
/**
 * An image input as the element-building endpoints take it (Image Recognize,
 * AI Multi-Shot: kling-img-recog.md, kling-image-common-subject-completion.md):
 * an http(s) URL, or raw Base64 (no data: prefix) of a JPG or PNG of at
 * most 10 MB, at least 300 px on each side, 1:2.5 to 2.5:1. A URL is not
 * fetched; of Base64, the PNG header's size is checked (a JPEG's is not read).
 * Not a family: a helper of recognize.js and multiShot.js.
 */

const { isHttpUrl } = require('../validate');

/**
 * The problem, in the host's words, or undefined.
 * @param {unknown} value
 * @param {string} key
 */
function imageInputProblem(value, key) {
	if (typeof value !== 'string' || !value) return `${key} is required`;
	if (isHttpUrl(value)) return undefined;
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return `${key} must be a URL or Base64 (without a data: prefix)`;
	const bytes = Buffer.from(value, 'base64');
	if (bytes.length > 10 * 1024 * 1024) return `${key} must be at most 10 MB`;
	const isPng = bytes.subarray(0, 8).toString('hex') === '89504e470d0a1a0a';
	const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
	if (!isPng && !isJpeg) return `${key} must be a JPG or PNG`;
	if (isPng && bytes.length >= 24) {
		const width = bytes.readUInt32BE(16);
		const height = bytes.readUInt32BE(20);
		if (Math.min(width, height) < 300) return `${key} must be at least 300 px on each side`;
		if (width / height > 2.5 || height / width > 2.5) return `${key} must have an aspect ratio between 1:2.5 and 2.5:1`;
	}
	return undefined;
}

module.exports = { imageInputProblem };
