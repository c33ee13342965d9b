import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
	aspectRatioField,
	callbackUrlOption,
	cameraControlOption,
	cfgScaleOption,
	durationField,
	externalTaskIdOption,
	modeField,
	modelField,
	negativePromptOption,
	promptField,
	soundOption,
	watermarkOption,
} from '../../shared/video.fields';
import { IMAGE_HINT, imageField } from '../../shared/mediaInput.fields';
import { multiShotOptions } from '../../shared/multiShot.fields';
import { voiceIdProperty } from '../../shared/libraryPickers';
import { LIMITS } from '../../../vocabulary';
import { locatorValue } from '../../shared/locatorValue';
import { entries, to } from '../../shared/toBody';

const dynamicMasksOption: OperationField = {
	displayName: 'Dynamic Masks (Motion Brush)',
	name: 'dynamicMasks',
	send: (value) => ({
		dynamic_masks: entries(value, 'mask').map((mask) => ({ mask: mask.mask, trajectories: mask.trajectories })),
	}),
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.dynamicMasks },
	default: {},
	placeholder: 'Add Dynamic Mask',
	description: `Up to ${LIMITS.dynamicMasks} areas, each moving along a path. Not together with Tail Image or Camera Control.`,
	options: [
		{
			displayName: 'Mask',
			name: 'mask',
			values: [
				{
					displayName: 'Mask Image',
					name: 'mask',
					type: 'string',
					default: '',
					description: 'The painted area, same resolution as the image',
					hint: IMAGE_HINT,
				},
				{
					displayName: 'Trajectory',
					name: 'trajectories',
					type: 'string',
					default: '',
					placeholder: 'e.g. 100,200; 150,250; 200,300',
					description: `The path, ${LIMITS.trajectoryPoints.min} to ${LIMITS.trajectoryPoints.max} points in pixels from the bottom-left of the image: "x,y; x,y; ..." or a JSON array of {"x":..,"y":..}`,
				},
			],
		},
	],
};

const voicesOption: OperationField = {
	displayName: 'Voices',
	name: 'voices',
	send: (value) => ({ voice_list: entries(value, 'voice').map((voice) => ({ voice_id: locatorValue(voice.voiceId) as string })) }),
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.voices },
	default: {},
	placeholder: 'Add Voice',
	description: `Up to ${LIMITS.voices} voices (kling-v2-6 and later, Sound on). Refer to them in the prompt as &lt;&lt;&lt;voice_1&gt;&gt;&gt;.`,
	options: [
		{
			displayName: 'Voice',
			name: 'voice',
			values: [
				voiceIdProperty({ name: 'voiceId' }),
			],
		},
	],
};

export const imageToVideoFields: OperationField[] = [
	modelField('imageToVideo', 'kling-v2-6'),
	imageField({
		displayName: 'Image',
		name: 'image',
		property: 'image',
		required: true,
		description: 'The first frame of the video',
	}),
	promptField(false),
	modeField('imageToVideo'),
	// The image sets the shape: image2video.openapi.yaml.txt lists no `aspect_ratio`, nor does ComfyUI's
	// image-to-video request (comfy_api_nodes/apis/kling_api.py ImageToVideoWithAudioRequest). One aggregator
	// lists it (image2video-constraints.txt), so a chosen ratio is still sent.
	aspectRatioField({
		name: 'From the Image (Not Sent)',
		description: 'The image sets the shape of the video. A ratio chosen here is sent, for hosts that take one.',
	}),
	durationField('imageToVideo'),
	additionalFields([
		additionalBodyFieldsOption,
		callbackUrlOption,
		{ ...cameraControlOption, description: 'How the camera moves. Not together with Tail Image or masks.' },
		cfgScaleOption,
		dynamicMasksOption,
		externalTaskIdOption,
		...multiShotOptions(),
		negativePromptOption,
		soundOption,
		{
			displayName: 'Static Mask (Motion Brush)',
			name: 'staticMask',
			send: to('static_mask'),
			type: 'string',
			default: '',
			description: 'The area that must stay still, same resolution as the image. Not together with Tail Image or Camera Control.',
			hint: IMAGE_HINT,
		},
		{
			displayName: 'Tail Image',
			name: 'imageTail',
			send: to('image_tail'),
			type: 'string',
			default: '',
			description: 'The last frame of the video. Not together with masks or Camera Control.',
			hint: IMAGE_HINT,
		},
		voicesOption,
		watermarkOption,
	]),
];
