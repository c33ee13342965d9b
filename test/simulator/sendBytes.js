// @ts-check
'use strict';

/**
 * Serves a result file whole, or (a download fault) its first half and then a dropped connection.
 * @param {import('node:http').ServerResponse} res
 * @param {Buffer} body
 * @param {string} contentType
 * @param {{ truncate?: boolean }} how
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

module.exports = { sendBytes };
