import type { INodeExecutionData } from 'n8n-workflow';

/** The first bytes of an MP3 file with an ID3 tag, enough to be recognised. */
export const MP3_BASE64 = Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 0]), Buffer.alloc(32, 0xff)]).toString('base64');

/** A WAV header (RIFF…WAVE). */
export const WAV_BASE64 = Buffer.concat([Buffer.from('RIFF'), Buffer.from([36, 0, 0, 0]), Buffer.from('WAVEfmt '), Buffer.alloc(24)]).toString('base64');

/** An M4A header (an ISO `ftyp` box). */
export const M4A_BASE64 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A '), Buffer.alloc(20)]).toString('base64');

/** An input item carrying audio as n8n binary data, as a form upload or Read Files would. */
export const itemWithAudio = (property: string, base64 = MP3_BASE64, json = {}): INodeExecutionData => ({
	json,
	binary: { [property]: { data: base64, mimeType: 'audio/mpeg', fileName: `${property}.mp3` } },
});
