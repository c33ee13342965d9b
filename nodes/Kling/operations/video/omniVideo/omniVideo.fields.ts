import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
	aspectRatioField,
	callbackUrlOption,
	durationField,
	externalTaskIdOption,
	modeField,
	modelField,
	promptField,
	soundOption,
	watermarkOption,
} from '../../shared/video.fields';
import { IMAGE_HINT } from '../../shared/mediaInput.fields';
import { multiShotOptions } from '../../shared/multiShot.fields';
import { elementsField } from '../../shared/libraryPickers';
import { LIMITS, SHOT_TYPES } from '../../../vocabulary';
import { entries, to } from '../../shared/toBody';

export const omniVideoFields: OperationField[] = [
	modelField('omniVideo', 'kling-video-o1'),
	promptField(false),
	modeField('omniVideo'),
	// omni-video.openapi.yaml.txt `aspect_ratio`: needed only without a first frame or a video to edit;
	// with either, the input sets the shape (ComfyUI's first-frame request sends none:
	// comfy_api_nodes/apis/kling_api.py OmniProFirstLastFrameRequest). The node sends 16:9 then (omniVideo.ts).
	aspectRatioField({
		name: 'From the First Frame or Base Video (Else 16:9)',
		description: 'A first frame or a video to edit sets the shape; without either, 16:9 is sent. A ratio chosen here is always sent.',
	}),
	durationField('omniVideo'),
	additionalFields([
		additionalBodyFieldsOption,
		callbackUrlOption,
		elementsField({ description: 'Subjects saved in Kling (element IDs)' }),
		externalTaskIdOption,
		{
			displayName: 'Images',
			name: 'images',
			send: (value) => ({
				image_list: entries(value, 'image').map((image) => ({
					image_url: image.imageUrl,
					// A plain reference image carries no type.
					type: image.type === 'reference' ? '' : image.type,
				})),
			}),
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.omniImages },
			default: {},
			placeholder: 'Add Image',
			description: `Reference images (subject, scene, style), or the first and last frame: at most ${LIMITS.omniImages}, at most ${LIMITS.omniImagesWithVideo} next to a video. An end frame needs a first frame.`,
			options: [
				{
					displayName: 'Image',
					name: 'image',
					values: [
						{
							displayName: 'Image',
							name: 'imageUrl',
							type: 'string',
							default: '',
							hint: IMAGE_HINT,
						},
						{
							displayName: 'Use As',
							name: 'type',
							type: 'options',
							options: [
								{ name: 'End Frame', value: 'end_frame' },
								{ name: 'First Frame', value: 'first_frame' },
								{ name: 'Reference', value: 'reference' },
							],
							default: 'reference',
						},
					],
				},
			],
		},
		...multiShotOptions('With Shot Type Intelligent (kling-v3-omni) the Prompt describes the shots instead'),
		{
			displayName: 'Shot Type',
			name: 'shotType',
			send: to('shot_type'),
			type: 'options',
			options: SHOT_TYPES.map((type) => ({ ...type })),
			default: 'customize',
			// kling-api-2026.md §D 03/11/2026 (intelligence for 3.0 Omni), 06/17/2026 (with a feature video).
			description:
				'With Multi-Shot: Custom takes the Shots listed; Intelligent (kling-v3-omni) lets Kling cut the shots the Prompt describes, also next to a feature reference video. Left out, Custom.',
		},
		soundOption,
		{
			displayName: 'Videos',
			name: 'videos',
			send: (value) => ({
				video_list: entries(value, 'video').map((video) => ({
					video_url: video.videoUrl,
					refer_type: video.referType,
					keep_original_sound: video.keepOriginalSound === false ? 'no' : 'yes',
				})),
			}),
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.omniVideos },
			default: {},
			placeholder: 'Add Video',
			// Reference video length: 3–10 s (kling-video-o1, kling-api-2026.md §A), 3–15 s for kling-v3-omni
			// (§D 06/17/2026). The node cannot see a URL's length: Kling checks it.
			description:
				'One video to edit (base) or to take features from (feature): 3–10 seconds, 3–15 seconds with kling-v3-omni (Kling checks the length). A base video excludes first and end frames.',
			options: [
				{
					displayName: 'Video',
					name: 'video',
					values: [
						{
							displayName: 'Video URL',
							name: 'videoUrl',
							type: 'string',
							default: '',
						},
						{
							displayName: 'Use As',
							name: 'referType',
							type: 'options',
							options: [
								{ name: 'Base (Video to Edit)', value: 'base' },
								{ name: 'Feature Reference', value: 'feature' },
							],
							default: 'base',
						},
						{
							displayName: 'Keep Original Sound',
							name: 'keepOriginalSound',
							type: 'boolean',
							default: true,
						},
					],
				},
			],
		},
		watermarkOption,
	]),
];
