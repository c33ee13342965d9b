import { IMAGE_LIMITS } from '../../../vocabulary';
import type { OperationField } from '../../field';
import { imageAdditionalFields, imageInputField, imagePromptField, numberOfImagesField } from '../../shared/image.fields';
import { to, toNumber } from '../../shared/toBody';

const { min, max } = IMAGE_LIMITS.expansionRatio;

/** One side's expansion ratio (`<side>_expansion_ratio`): a multiple of the original's height (up, down) or width (left, right). */
const expansionField = (side: 'Up' | 'Down' | 'Left' | 'Right', name: string, of: 'height' | 'width'): OperationField => ({
	displayName: `${side} Expansion`,
	name,
	send: toNumber(`${side.toLowerCase()}_expansion_ratio`),
	type: 'number',
	typeOptions: { minValue: min, maxValue: max, numberPrecision: 2 },
	default: 0,
	description: `How far to extend the image ${side.toLowerCase()}, as a multiple of its ${of} (${min} to ${max}; 0.5 adds half its ${of}). The new image may be at most ${IMAGE_LIMITS.expandedArea} times the original's area: (1 + Up + Down) × (1 + Left + Right) ≤ ${IMAGE_LIMITS.expandedArea}.`,
});

/** Image → Expand (POST /v1/images/editing/expand): outpainting, the image extended on any side. */
export const imageExpandFields: OperationField[] = [
	imageInputField({
		displayName: 'Image',
		name: 'image',
		send: to('image'),
		required: true,
		description: 'The image to extend. At least 300 px wide and high, between 1:2.5 and 2.5:1.',
	}),
	expansionField('Up', 'upExpansion', 'height'),
	expansionField('Down', 'downExpansion', 'height'),
	expansionField('Left', 'leftExpansion', 'width'),
	expansionField('Right', 'rightExpansion', 'width'),
	imagePromptField({
		required: false,
		description: 'Optional: what the added area should show.',
		placeholder: 'e.g. More of the beach and the sky',
	}),
	numberOfImagesField(),
	imageAdditionalFields([], { watermark: true }),
];
