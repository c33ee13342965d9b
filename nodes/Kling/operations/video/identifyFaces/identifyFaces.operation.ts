import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { baseUrlOf, klingRequest } from '../../../transport/klingRequest';
import { missingEndpointError, noTaskInAnswer } from '../../../transport/failures';
import { readCost } from '../../../transport/taskShape';
import type { ActionOperation } from '../../types';
import { downloadFaceImage } from './faceImage';
import { identifyFacesFields } from './identifyFaces.fields';
import { identifyFacesSchema } from './identifyFaces.schema';
import { isObject } from '../../../transport/jsonValues';

/*
 * POST /v1/videos/identify-face answers at once (Kling's Face Recognition
 * page, aself101/kling-api docs/api/kling-face-recog.md; shared/spec/
 * kling-api-2026.md §1.2): `data{session_id, face_data[{face_id, face_image
 * (URL), start_time, end_time (ms)}], final_unit_deduction,
 * final_balance_deduction}`, billed 0.05 unit a call (§C). No task: nothing
 * to wait for, no External Task ID, no callback. Kling's reference states no
 * lifetime for the session (resellers' copies say 24 hours; none of Kling's).
 */
const ENDPOINT = '/v1/videos/identify-face';

interface Face {
	faceId: string;
	imageUrl?: string;
	startMs?: number;
	endMs?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
const millis = (value: unknown) => {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

/** The answer's `data` (the official envelope), or the answer itself (a host that sends it bare). */
function identificationOf(raw: IDataObject): { sessionId?: string; faces: Face[]; data: IDataObject } {
	const data = isObject(raw.data) ? raw.data : raw;
	const faces = (Array.isArray(data.face_data) ? data.face_data : []).filter(isObject).flatMap((face): Face[] => {
		const faceId = text(face.face_id);
		return faceId === undefined ? [] : [{ faceId, imageUrl: text(face.face_image), startMs: millis(face.start_time), endMs: millis(face.end_time) }];
	});
	return { sessionId: text(data.session_id), faces, data };
}

/** Sends the request: a write that is billed, so a lost answer is never sent again (klingRequest). */
async function identify(ctx: ItemContext, body: IDataObject): Promise<IDataObject> {
	try {
		return await klingRequest(ctx, {
			method: 'POST',
			path: ENDPOINT,
			body,
			action: 'the face identification',
			ifAnswerLost: {
				mayHave: 'the faces may have been identified (and the call charged)',
				description:
					'The node did not send it again, so as not to pay for it twice (this endpoint takes no External Task ID to look it up by). Run the item again for a new session.',
			},
		});
	} catch (error) {
		throw missingEndpointError(
			ctx,
			error,
			{
				route: `POST ${ENDPOINT}`,
				what: "Kling's face identification (for Lip-Sync a Face)",
				advice:
					"Kling's official API serves it (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); ask your provider whether it passes /v1/videos/identify-face on, or use Lip-Sync on a host that serves /v1/videos/lip-sync.",
				orElse: 'it does not know the video',
			},
			await baseUrlOf(ctx),
		);
	}
}

export const identifyFaces: ActionOperation = {
	kind: 'action',
	resource: 'video',
	value: 'identifyFaces',
	name: 'Identify Faces',
	action: 'Identify the faces in a video',
	description: 'Find the faces in a video (one item per face, with when it is on screen and its image), to lip-sync one of them',
	fields: identifyFacesFields,
	schema: identifyFacesSchema,
	run: async (ctx, body): Promise<INodeExecutionData[]> => {
		const raw = await identify(ctx, body);
		const { sessionId, faces, data } = identificationOf(raw);
		if (!sessionId) throw noTaskInAnswer(ctx, 'The Kling host answered the face identification without a session ID', raw);
		if (!faces.length) {
			throw new NodeOperationError(ctx.node, 'Kling found no face in the video', {
				itemIndex: ctx.itemIndex,
				description: `Its face identification (session ${sessionId}) lists no face to lip-sync. Use a video in which a face is clearly seen, facing the camera.`,
			});
		}
		const cost = readCost(data) as IDataObject | undefined;
		const video: IDataObject = body.video_id !== undefined ? { videoId: body.video_id } : { videoUrl: body.video_url };
		const download = ctx.param('downloadFaceImages', true);
		const field = ctx.param('faceImageBinaryField', 'data') || 'data';
		const simplify = ctx.param('simplify', true);
		const items: INodeExecutionData[] = [];
		for (const [index, face] of faces.entries()) {
			const json: IDataObject = {
				sessionId,
				faceId: face.faceId,
				faceIndex: index,
				faceCount: faces.length,
				faceStartMs: face.startMs,
				faceEndMs: face.endMs,
				faceDurationMs: face.startMs !== undefined && face.endMs !== undefined ? face.endMs - face.startMs : undefined,
				faceImageUrl: face.imageUrl,
				...video,
				cost,
			};
			const item: INodeExecutionData = { json };
			if (download && face.imageUrl) {
				// The session is paid for: a face image that cannot be fetched is noted on its item, not fatal.
				try {
					const image = await downloadFaceImage(ctx, face.imageUrl, `kling-face-${sessionId}-${face.faceId}`);
					item.binary = { [field]: image.binary };
					if (image.size) {
						Object.assign(json, { faceImageWidth: image.size.width, faceImageHeight: image.size.height, faceImagePixels: image.size.width * image.size.height });
					}
				} catch (error) {
					json.faceImageError = (error as Error).message;
				}
			}
			if (!simplify) json.raw = raw;
			for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
			items.push(item);
		}
		return items;
	},
};
