import { IMAGE_LIMITS } from '../../../vocabulary';
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
import { entries } from '../../shared/toBody';

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
	resolutionField(),
	numberOfImagesField(),
	imageAdditionalFields([], { watermark: true }),
];
