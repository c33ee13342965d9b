// @ts-check
'use strict';
/**
 * The result image of the image tasks: a real PNG (fixtures/sample.png, 8×8
 * pixels of a gradient, written by a few lines of Python's zlib), so a
 * client's download can be checked as the file it is.
 */

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { sendBytes } = require('./sendBytes');

const PNG = readFileSync(join(__dirname, 'fixtures', 'sample.png'));

/**
 * @param {import('node:http').ServerResponse} res
 * @param {{ truncate?: boolean }} how
 */
function sendImage(res, how) {
	sendBytes(res, PNG, 'image/png', how);
}

module.exports = { sendImage, PNG };
