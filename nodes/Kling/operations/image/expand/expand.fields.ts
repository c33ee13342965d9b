import type { INodeProperties } from 'n8n-workflow';

import { IMAGE_LIMITS } from '../../../vocabulary';
import { forImage, imageAdditionalFields, imageInputField, imagePromptField, numberOfImagesField } from '../../shared/image.fields';

const { min, max } = IMAGE_LIMITS.expansionRatio;

/** One side's expansion ratio: a multiple of the original's height (up, down) or width (left, right). */
const expansionField = (side: 'Up' | 'Down' | 'Left' | 'Right', name: string, of: 'height' | 'width'): INodeProperties => ({
	displayName: `${side} Expansion`,
	name,
	type: 'number',
	typeOptions: { minValue: min, maxValue: max, numberPrecision: 2 },
	default: 0,
	description: `How far to extend the image ${side.toLowerCase()}, as a multiple of its ${of} (${min} to ${max}; 0.5 adds half its ${of}). The new image may be at most ${IMAGE_LIMITS.expandedArea} times the original's area: (1 + Up + Down) × (1 + Left + Right) ≤ ${IMAGE_LIMITS.expandedArea}.`,
	displayOptions: forImage('expand'),
});

/** Image → Expand (POST /v1/images/editing/expand): outpainting, the image extended on any side. */
export const imageExpandFields: INodeProperties[] = [
	imageInputField('expand', {
		displayName: 'Image',
		name: 'image',
		required: true,
		description: 'The image to extend. At least 300 px wide and high, between 1:2.5 and 2.5:1.',
	}),
	expansionField('Up', 'upExpansion', 'height'),
	expansionField('Down', 'downExpansion', 'height'),
	expansionField('Left', 'leftExpansion', 'width'),
	expansionField('Right', 'rightExpansion', 'width'),
	imagePromptField('expand', {
		required: false,
		description: 'Optional: what the added area should show.',
		placeholder: 'e.g. More of the beach and the sky',
	}),
	numberOfImagesField('expand'),
	imageAdditionalFields('expand', [], { watermark: true }),
];
