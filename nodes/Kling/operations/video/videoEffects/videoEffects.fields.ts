import type { OperationField } from '../../field';

import { modelOptions } from '../../../models';
import { additionalBodyFieldsOption, additionalFields, callbackUrlOption, externalTaskIdOption } from '../../shared/video.fields';
import { imageListField } from '../../shared/mediaInput.fields';
import { MODES } from '../../../vocabulary';
import { entries, to, toLocatorValue } from '../../shared/toBody';

/** The node's listSearch method for the scene list (methods/searchEffectScenes.ts). */
export const SEARCH_EFFECT_SCENES = 'searchEffectScenes';

export const videoEffectsFields: OperationField[] = [
	{
		displayName: 'Effect Scene',
		name: 'effectScene',
		// A picked scene, a scene typed By Name, or the plain text of a workflow saved before this was a picker.
		send: toLocatorValue('effect_scene'),
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			"The effect's scene from Kling's Video Effects Center. From List: the scenes Kling documents, newest first (two-image scenes marked). By Name: any scene name, e.g. one Kling added since; it is sent as typed.",
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: SEARCH_EFFECT_SCENES, searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: 'e.g. hug_pro',
			},
		],
	},
	imageListField({
		displayName: 'Images',
		name: 'effectImages',
		max: 2,
		description: 'One image, or two for a two-image scene (e.g. hug_pro, kiss_pro, heart_gesture_pro, fight_pro): the first on the left, the second on the right',
		// One image goes to `input.image`, two (a two-person scene: left, then right) to `input.images`.
		send: (value) => {
			const images = entries(value, 'image')
				.map((entry) => entry.image)
				.filter((image) => image !== undefined && image !== null && image !== '');
			return images.length > 1 ? { input: { images } } : images.length ? { input: { image: images[0] } } : {};
		},
		sendsKeys: ['input.image', 'input.images'],
	}),
	{
		displayName: 'Duration',
		name: 'effectDuration',
		send: to('input.duration'),
		type: 'options',
		options: [
			{ name: '5 Seconds', value: '5' },
			{ name: '10 Seconds (Two-Person Scenes)', value: '10' },
		],
		default: '5',
		description: 'Length of the video. One-image scenes are 5 seconds.',
	},
	additionalFields([
		additionalBodyFieldsOption,
		callbackUrlOption,
		externalTaskIdOption,
		{
			displayName: 'Mode',
			name: 'effectMode',
			send: to('input.mode'),
			type: 'options',
			options: MODES.map((mode) => ({ ...mode })),
			default: 'std',
			description: 'Two-person scenes: how the video is rendered',
		},
		{
			displayName: 'Model',
			name: 'effectModel',
			send: to('input.model_name'),
			type: 'options',
			options: modelOptions('videoEffects'),
			default: 'kling-v1',
			description: 'Two-person scenes: which model renders them (fight: kling-v1-6 only). Left out, Kling uses kling-v1.',
		},
	]),
];
