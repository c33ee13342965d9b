import { AUTO_SERIES_AMOUNT, IMAGE_LIMITS, SERIES_RESULT } from '../../../vocabulary';
import type { OperationField } from '../../field';
import { elementsField } from '../../shared/libraryPickers';
import {
	imageAdditionalFields,
	imageAspectRatioField,
	imageListInputField,
	imageModelField,
	imagePromptField,
	numberOfImagesField,
	resolutionField,
} from '../../shared/image.fields';
import { entries, to, toNumber } from '../../shared/toBody';

const { min: seriesMin, max: seriesMax } = IMAGE_LIMITS.seriesImages;

/**
 * Result Type and Series Amount: a series of related images (kling-v3-omni; kling-api-2026.md §A, §D
 * 04/27/2026 for `auto`). Kling ignores `n` in a series (its Omni Image page: "When result_type is series,
 * this parameter is invalid"), so Number of Images is shown, and sent, for single images only.
 */
const seriesFields: OperationField[] = [
	{
		displayName: 'Result Type',
		name: 'resultType',
		send: to('result_type'),
		type: 'options',
		options: [
			{ name: 'Single Images', value: '', description: "As many separate images as Number of Images (Kling's default: nothing is sent)" },
			{ name: 'Series', value: SERIES_RESULT, description: 'A set of related images, as many as Series Amount (kling-v3-omni)' },
		],
		default: '',
		description: 'Separate images, or a series of related images (kling-v3-omni only)',
	},
	{
		displayName: 'Series Amount',
		name: 'seriesAmount',
		send: toNumber('series_amount'),
		type: 'options',
		options: [
			{ name: 'Auto (Kling Decides)', value: AUTO_SERIES_AMOUNT, description: 'As many as the prompt calls for; each image made takes a slot of the account' },
			{ name: '2 Images', value: '2' },
			{ name: '3 Images', value: '3' },
			{ name: '4 Images', value: '4' },
			{ name: '5 Images', value: '5' },
			{ name: '6 Images', value: '6' },
			{ name: '7 Images', value: '7' },
			{ name: '8 Images', value: '8' },
			{ name: '9 Images', value: '9' },
		],
		default: '4',
		description: `How many images the series has, ${seriesMin} to ${seriesMax}, or Auto. Each comes out as its own item (each is charged).`,
		displayOptions: { show: { resultType: [SERIES_RESULT] } },
	},
];

/** Image → Omni-Image (POST /v1/images/omni-image): Kling's omni image model, steered by a prompt that refers to the images. */
export const omniImageFields: OperationField[] = [
	imageModelField('omniImage', 'kling-image-o1', 'Which Kling omni image model makes the images'),
	imagePromptField({
		required: true,
		description:
			'What to make, referring to the Reference Images as &lt;&lt;&lt;image_1&gt;&gt;&gt;, &lt;&lt;&lt;image_2&gt;&gt;&gt;, … in their order (e.g. "Put the hat of &lt;&lt;&lt;image_2&gt;&gt;&gt; on the dog of &lt;&lt;&lt;image_1&gt;&gt;&gt;").',
		placeholder: 'e.g. The dog of <<<image_1>>> wearing the hat of <<<image_2>>>, studio photo',
	}),
	imageListInputField({
		displayName: 'Reference Images',
		name: 'referenceImages',
		send: (value) => ({ image_list: entries(value, 'image').map((image) => ({ image: image.image })) }),
		max: IMAGE_LIMITS.omniReferences,
		required: false,
		description: `Images the prompt refers to as &lt;&lt;&lt;image_1&gt;&gt;&gt;, &lt;&lt;&lt;image_2&gt;&gt;&gt;, … (in this order). With the Elements, at most ${IMAGE_LIMITS.omniReferences} in all. At least 300 px wide and high, between 1:2.5 and 2.5:1.`,
	}),
	elementsField({
		description: `Subjects saved in Kling (element IDs). With the Reference Images, at most ${IMAGE_LIMITS.omniReferences} in all.`,
	}),
	// omni-image-o1.md `aspect_ratio`: default auto; capability-map.md ("Omni-Image (O1)") lists auto for
	// image to image only, so without reference images or elements the node sends 16:9 (omniImage.operation.ts).
	imageAspectRatioField({
		name: 'Auto (From the References, Else 16:9)',
		description:
			'Auto lets Kling choose from the Reference Images or Elements (sent as auto); from the prompt alone, 16:9 is sent. A ratio chosen here is always sent.',
	}),
	resolutionField('omniImage'),
	...seriesFields,
	{ ...numberOfImagesField(), displayOptions: { hide: { resultType: [SERIES_RESULT] } } },
	imageAdditionalFields([], { watermark: true }),
];
