import type { OperationField } from '../../field';
import { imageInputField } from '../../shared/image.fields';
import { to } from '../../shared/toBody';
import { additionalBodyFieldsOption, additionalFieldsShown } from '../../shared/video.fields';

/**
 * Image → Recognize (POST /v1/videos/image-recognize, answered at once): the
 * image, whether to attach the masks, and Additional Body Fields. No wait,
 * callback or External Task ID: the endpoint documents none.
 */
export const recognizeFields: OperationField[] = [
	imageInputField({
		displayName: 'Image',
		name: 'image',
		send: to('image'),
		required: true,
		description:
			'The photo to vet: Kling looks for a subject, a head (with hair), a face (without hair) and clothing in it, and returns a mask of each. At least 300 px on each side, between 1:2.5 and 2.5:1.',
	}),
	{
		displayName: 'Download Masks',
		name: 'downloadVideo',
		send: 'nothing',
		type: 'boolean',
		default: true,
		description:
			'Whether to attach each mask Kling found as a PNG binary property (subjectMask, headMask, faceMask, clothMask). Off: the found flags and the URLs only.',
	},
	{ ...additionalFieldsShown(undefined, [additionalBodyFieldsOption]), send: 'eachOption' },
];
