import { IMAGE_LIMITS, IMAGE_REFERENCES, LIMITS } from '../../../vocabulary';
import type { OperationField } from '../../field';
import {
	imageAdditionalFields,
	imageAspectRatioField,
	imageInputField,
	imageModelField,
	imagePromptField,
	numberOfImagesField,
	resolutionField,
} from '../../shared/image.fields';
import { to, toNumber } from '../../shared/toBody';

const { min, max } = IMAGE_LIMITS.fidelity;

/** Image → Generate (POST /v1/images/generations): images from a prompt, optionally after a reference image. */
export const imageGenerateFields: OperationField[] = [
	imageModelField('generate', 'kling-v2-1', 'Which Kling (Kolors) image model makes the images. Kling v2 New only restyles a Reference Image.'),
	imagePromptField({
		required: true,
		description: 'What the images should show.',
		placeholder: 'e.g. A lighthouse on a cliff at dusk, oil painting',
	}),
	imageInputField({
		displayName: 'Reference Image',
		name: 'image',
		send: to('image'),
		description:
			'Optional: an image to work from (image to image). With Kling v1.5 also choose an Image Reference (Subject or Face) under Additional Fields. At least 300 px wide and high, between 1:2.5 and 2.5:1.',
	}),
	imageAspectRatioField(),
	resolutionField('generate', 'With a Reference Image, Kling v2 and v2 New keep its resolution.'),
	numberOfImagesField(),
	imageAdditionalFields(
		[
			{
				displayName: 'Negative Prompt',
				name: 'negativePrompt',
				send: to('negative_prompt'),
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				placeholder: 'e.g. blurry, text, watermark',
				description: `What the images should not show. At most ${LIMITS.prompt} characters. Not with a Reference Image.`,
			},
			{
				displayName: 'Image Reference',
				name: 'imageReference',
				send: to('image_reference'),
				type: 'options',
				options: IMAGE_REFERENCES.map((reference) => ({ ...reference })),
				default: 'subject',
				description: 'What to take from the Reference Image (Kling v1.5, which needs it with an image; Kling v3)',
			},
			{
				displayName: 'Image Fidelity',
				name: 'imageFidelity',
				send: toNumber('image_fidelity'),
				type: 'number',
				typeOptions: { minValue: min, maxValue: max, numberPrecision: 2 },
				default: 0.5,
				description: `How closely the images follow the Reference Image, from ${min} to ${max}`,
			},
			{
				displayName: 'Human Fidelity',
				name: 'humanFidelity',
				send: toNumber('human_fidelity'),
				type: 'number',
				typeOptions: { minValue: min, maxValue: max, numberPrecision: 2 },
				default: 0.45,
				description: `How closely faces follow the Reference Image, from ${min} to ${max} (Image Reference: Subject)`,
			},
		],
		{ watermark: true },
	),
];
