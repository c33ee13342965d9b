import type { INodeProperties } from 'n8n-workflow';

import { imageAdditionalFields, imageInputField, imageModelField } from '../../shared/image.fields';

/** Image → Virtual Try-On (POST /v1/images/kolors-virtual-try-on): a person pictured wearing a garment. */
export const virtualTryOnFields: INodeProperties[] = [
	imageModelField(
		'virtualTryOn',
		'kolors-virtual-try-on-v1-5',
		'v1 takes one garment (a top, a bottom or a dress); v1.5 also a top and a bottom pictured side by side in one Cloth Image',
	),
	imageInputField('virtualTryOn', {
		displayName: 'Human Image',
		name: 'humanImage',
		required: true,
		description: 'The person to dress. At least 300 px wide and high.',
		placeholder: 'e.g. https://example.com/model.jpg or data',
	}),
	imageInputField('virtualTryOn', {
		displayName: 'Cloth Image',
		name: 'clothImage',
		required: true,
		description:
			'The garment: a product photo or a garment on white. With v1.5, a top and a bottom side by side in one image (two tops, two bottoms or a dress with anything fail). At least 300 px wide and high.',
		placeholder: 'e.g. https://example.com/jacket.png or cloth',
	}),
	imageAdditionalFields('virtualTryOn', [], { watermark: false }),
];
