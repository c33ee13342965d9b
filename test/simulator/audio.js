// @ts-check
'use strict';
/**
 * The result audio of the audio tasks: real files, so a client's download can
 * be checked as the files they are. fixtures/sample.wav is one second of a
 * 440 Hz tone (8 kHz, mono, 16-bit PCM); fixtures/sample.mp3 is the same
 * encoded by LAME (16 kbit/s, mono).
 */

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { sendBytes } = require('./sendBytes');

const AUDIO = {
	mp3: { body: readFileSync(join(__dirname, 'fixtures', 'sample.mp3')), contentType: 'audio/mpeg' },
	wav: { body: readFileSync(join(__dirname, 'fixtures', 'sample.wav')), contentType: 'audio/wav' },
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {'mp3' | 'wav'} format
 * @param {{ truncate?: boolean }} how
 */
function sendAudio(res, format, how) {
	sendBytes(res, AUDIO[format].body, AUDIO[format].contentType, how);
}

module.exports = { sendAudio, AUDIO };
