// @ts-check
'use strict';
/**
 * The result files at /files/, real ones so a client's download can be
 * checked as the file it is: the fixture MP4 (a 1-second H.264 video), or a
 * large synthetic MP4 streamed without buffering; fixtures/sample.wav (one
 * second of a 440 Hz tone, 8 kHz mono 16-bit PCM) and fixtures/sample.mp3
 * (the same encoded by LAME, 16 kbit/s mono); fixtures/sample.png (8×8 pixels
 * of a gradient, written by a few lines of Python's zlib). Which files a task
 * has is its kind's `files` (families/).
 */

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const fixture = (/** @type {string} */ name) => readFileSync(join(__dirname, 'fixtures', name));
const MP4 = fixture('sample.mp4');
const BYTES = {
	mp3: { body: fixture('sample.mp3'), contentType: 'audio/mpeg' },
	wav: { body: fixture('sample.wav'), contentType: 'audio/wav' },
	png: { body: fixture('sample.png'), contentType: 'image/png' },
};
// A valid `ftyp` box, so a synthetic file still starts like an MP4.
const FTYP = Buffer.from('000000186674797069736f6d0000020069736f6d6d703432', 'hex');
const CHUNK = Buffer.alloc(64 * 1024, 0);

/** @typedef {{ videoBytes?: number, truncate?: boolean }} SendHow truncate: a download fault (half the file, then a dropped connection) */

/**
 * The task and format a /files/ path names: `<task_id>.<mp4|mp3|wav>`, or `<task_id>-<index>.png` (a task's images).
 * @param {string} pathname
 * @returns {{ taskId: string, format: string } | undefined}
 */
function resultFileOf(pathname) {
	const image = /^\/files\/(\d+)-(\d+)\.png$/.exec(pathname);
	if (image) return { taskId: image[1], format: 'png' };
	const file = /^\/files\/([^/]+)\.(mp4|mp3|wav)$/.exec(pathname);
	return file ? { taskId: file[1], format: file[2] } : undefined;
}

/**
 * Serves a file whole, or (truncate) its first half and then a dropped connection.
 * @param {import('node:http').ServerResponse} res @param {Buffer} body @param {string} contentType @param {SendHow} how
 */
function sendBytes(res, body, contentType, how) {
	res.writeHead(200, { 'content-type': contentType, 'content-length': String(body.length) });
	if (how.truncate) {
		res.write(body.subarray(0, Math.floor(body.length / 2)));
		res.socket?.destroy();
		return;
	}
	res.end(body);
}

/** @param {import('node:http').ServerResponse} res @param {SendHow} how */
function sendVideo(res, how) {
	if (how.videoBytes === undefined) return sendBytes(res, MP4, 'video/mp4', how);
	const total = how.videoBytes;
	res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(total) });
	const stopAt = how.truncate ? Math.floor(total / 2) : total;
	let sent = 0;
	const pump = () => {
		if (sent === 0) {
			res.write(FTYP);
			sent = FTYP.length;
		}
		while (sent < stopAt) {
			const piece = CHUNK.subarray(0, Math.min(CHUNK.length, stopAt - sent));
			sent += piece.length;
			if (!res.write(piece)) {
				res.once('drain', pump);
				return;
			}
		}
		if (how.truncate) res.socket?.destroy();
		else res.end();
	};
	pump();
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} format one resultFileOf gave
 * @param {SendHow} how
 */
function sendResultFile(res, format, how) {
	if (format === 'mp4') return sendVideo(res, how);
	const file = BYTES[/** @type {keyof typeof BYTES} */ (format)];
	sendBytes(res, file.body, file.contentType, how);
}

module.exports = { resultFileOf, sendResultFile };
