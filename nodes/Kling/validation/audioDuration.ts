/**
 * How long an audio file lasts, read from its bytes (no decoding), for the
 * checks Kling states on lip-sync audio (a clip of at least 2 s, an end no
 * later than the audio's). Kling takes MP3, WAV, M4A and AAC (Lip Sync,
 * `face_choose[].sound_file`: ".mp3/.wav/.m4a/.aac"); each is read here:
 * - WAV: the `data` chunk's size over the `fmt ` chunk's byte rate;
 * - M4A (an ISO file): the movie header's (`moov` › `mvhd`) duration over its time scale;
 * - MP3: the MPEG audio frames counted from their headers (an ID3v2 tag skipped);
 * - AAC (ADTS): the frames counted from their headers.
 * A file whose length cannot be read gives undefined: then nothing is refused (Kling checks).
 */

const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

function wavMs(bytes: Buffer): number | undefined {
	if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 12) !== 'WAVE') return undefined;
	let byteRate: number | undefined;
	for (let at = 12; at + 8 <= bytes.length; ) {
		const id = ascii(bytes, at, at + 4);
		const size = bytes.readUInt32LE(at + 4);
		if (id === 'fmt ' && at + 16 <= bytes.length) byteRate = bytes.readUInt32LE(at + 16);
		if (id === 'data') {
			// A streamed WAV may leave the size unset (0 or all ones): the rest of the file is the data.
			const dataBytes = size === 0 || size === 0xffffffff ? bytes.length - at - 8 : Math.min(size, bytes.length - at - 8);
			return byteRate ? (dataBytes / byteRate) * 1000 : undefined;
		}
		at += 8 + size + (size % 2);
	}
	return undefined;
}

/** The boxes of an ISO file between `from` and `to`: type and where its content lies. */
function* boxes(bytes: Buffer, from: number, to: number): Generator<{ type: string; start: number; end: number }> {
	for (let at = from; at + 8 <= to; ) {
		let size = bytes.readUInt32BE(at);
		let header = 8;
		if (size === 1 && at + 16 <= to) {
			size = Number(bytes.readBigUInt64BE(at + 8));
			header = 16;
		} else if (size === 0) size = to - at;
		if (size < header) return;
		yield { type: ascii(bytes, at + 4, at + 8), start: at + header, end: Math.min(at + size, to) };
		at += size;
	}
}

function m4aMs(bytes: Buffer): number | undefined {
	if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return undefined;
	for (const moov of boxes(bytes, 0, bytes.length)) {
		if (moov.type !== 'moov') continue;
		for (const mvhd of boxes(bytes, moov.start, moov.end)) {
			if (mvhd.type !== 'mvhd') continue;
			const v1 = bytes[mvhd.start] === 1;
			const scaleAt = mvhd.start + (v1 ? 20 : 12);
			if (scaleAt + (v1 ? 12 : 8) > mvhd.end) return undefined;
			const scale = bytes.readUInt32BE(scaleAt);
			const duration = v1 ? Number(bytes.readBigUInt64BE(scaleAt + 4)) : bytes.readUInt32BE(scaleAt + 4);
			return scale ? (duration / scale) * 1000 : undefined;
		}
	}
	return undefined;
}

/* MPEG audio frame headers (ISO/IEC 11172-3 and 13818-3): kbit/s by version and layer, Hz by version. */
const KBPS = {
	v1: { 1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], 2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384], 3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320] },
	v2: { 1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256], 2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160], 3: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160] },
} as const;
const MPEG_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };
const ADTS_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

/** One frame at `at`: its length in bytes and its samples and rate, or undefined when no frame starts there. */
function frameAt(bytes: Buffer, at: number): { length: number; samples: number; rate: number } | undefined {
	if (at + 7 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1] & 0xe0) !== 0xe0) return undefined;
	const layerBits = (bytes[at + 1] >> 1) & 3;
	if (layerBits === 0) {
		// ADTS (AAC): 12 sync bits, layer 00; 1024 samples per raw data block.
		if ((bytes[at + 1] & 0xf0) !== 0xf0) return undefined;
		const rate = ADTS_RATES[(bytes[at + 2] >> 2) & 0xf];
		const length = ((bytes[at + 3] & 3) << 11) | (bytes[at + 4] << 3) | (bytes[at + 5] >> 5);
		return rate && length >= 7 ? { length, samples: 1024 * ((bytes[at + 6] & 3) + 1), rate } : undefined;
	}
	const version = (bytes[at + 1] >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
	const layer = (4 - layerBits) as 1 | 2 | 3;
	const kbps = KBPS[version === 3 ? 'v1' : 'v2'][layer][bytes[at + 2] >> 4];
	const rate = MPEG_RATES[version]?.[(bytes[at + 2] >> 2) & 3];
	if (version === 1 || !kbps || !rate) return undefined;
	const padding = (bytes[at + 2] >> 1) & 1;
	if (layer === 1) return { length: (Math.floor((12 * kbps * 1000) / rate) + padding) * 4, samples: 384, rate };
	const samples = layer === 3 && version !== 3 ? 576 : 1152;
	return { length: Math.floor(((samples / 8) * kbps * 1000) / rate) + padding, samples, rate };
}

/** MP3 or ADTS: the frames, counted from the first that is followed by another (so a stray 0xFF is not taken for one). */
function framesMs(bytes: Buffer): number | undefined {
	let at = 0;
	if (ascii(bytes, 0, 3) === 'ID3' && bytes.length >= 10) {
		const size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7) | (bytes[9] & 0x7f);
		at = 10 + size + (bytes[5] & 0x10 ? 10 : 0);
	}
	// Find the first frame whose successor sits where its length says (within the first 64 KB).
	const searchEnd = Math.min(bytes.length, at + 65536);
	for (; at < searchEnd; at++) {
		const frame = frameAt(bytes, at);
		if (frame && (at + frame.length === bytes.length || frameAt(bytes, at + frame.length))) break;
	}
	if (at >= searchEnd) return undefined;
	let seconds = 0;
	let frames = 0;
	for (let frame = frameAt(bytes, at); frame; frame = frameAt(bytes, at)) {
		seconds += frame.samples / frame.rate;
		frames++;
		at += frame.length;
	}
	return frames ? seconds * 1000 : undefined;
}

/** The audio's length in milliseconds (rounded down), or undefined when the file's kind or header cannot be read. */
export function audioDurationMs(bytes: Buffer): number | undefined {
	const ms = wavMs(bytes) ?? m4aMs(bytes) ?? framesMs(bytes);
	return ms === undefined || !Number.isFinite(ms) ? undefined : Math.floor(ms);
}
