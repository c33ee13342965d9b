import type { OperationField } from '../../field';
import { imageAdditionalFields, imageInputField, imageModelField } from '../../shared/image.fields';
import { to } from '../../shared/toBody';

/** Image → Virtual Try-On (POST /v1/images/kolors-virtual-try-on): a person pictured wearing a garment. */
export const virtualTryOnFields: OperationField[] = [
	imageModelField(
		'virtualTryOn',
		'kolors-virtual-try-on-v1-5',
		// Try-On 3.0 (kling-api-2026.md §A, §D 09/15/2026) came with no model name: Kling runs both names on it.
		'v1 takes one garment (a top, a bottom or a dress); v1.5 also a top and a bottom pictured side by side in one Cloth Image. Since 09/15/2026 Kling renders both on Try-On 3.0, which has no model name of its own.',
	),
	imageInputField({
		displayName: 'Human Image',
		name: 'humanImage',
		send: to('human_image'),
		required: true,
		description: 'The person to dress. At least 300 px wide and high.',
		placeholder: 'e.g. https://example.com/model.jpg or data',
	}),
	imageInputField({
		displayName: 'Cloth Image',
		name: 'clothImage',
		send: to('cloth_image'),
		required: true,
		description:
			'The garment: a product photo or a garment on white. With v1.5, a top and a bottom side by side in one image (two tops, two bottoms or a dress with anything fail). At least 300 px wide and high.',
		placeholder: 'e.g. https://example.com/jacket.png or cloth',
	}),
	imageAdditionalFields([], { watermark: false }),
];
