// @ts-check
'use strict';
/** The result video: the real fixture MP4, or a large synthetic one streamed without buffering. */

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'sample.mp4'));
// A valid `ftyp` box, so a synthetic file still starts like an MP4.
const FTYP = Buffer.from('000000186674797069736f6d0000020069736f6d6d703432', 'hex');
const CHUNK = Buffer.alloc(64 * 1024, 0);

/**
 * @param {import('node:http').ServerResponse} res
 * @param {{ videoBytes?: number, truncate?: boolean }} how
 */
function sendVideo(res, how) {
	const total = how.videoBytes ?? FIXTURE.length;
	res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(total) });
	const stopAt = how.truncate ? Math.floor(total / 2) : total;
	if (how.videoBytes === undefined) {
		res.write(FIXTURE.subarray(0, stopAt));
		if (how.truncate) res.socket?.destroy();
		else res.end();
		return;
	}
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

module.exports = { sendVideo, FIXTURE };
