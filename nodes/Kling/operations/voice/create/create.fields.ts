import type { INodeProperties } from 'n8n-workflow';

import { VOICE_NAME_MAX } from './voice.schema';
import { voiceIdField } from '../shared/libraryPickers';
import { libraryListFields } from '../shared/libraryList.fields';
import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption } from '../shared/video.fields';

type VoiceOperation = 'create' | 'get' | 'getMany' | 'delete';

/** Shows a field for one operation of the Voice resource. */
const forVoice = (operation: VoiceOperation) => ({ show: { resource: ['voice'], operation: [operation] } });

/** Voice → Create (POST /v1/general/custom-voices, a task). */
export const createVoiceFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'voiceName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Narrator Anna',
		description: `The voice's name, at most ${VOICE_NAME_MAX} characters`,
		displayOptions: forVoice('create'),
	},
	{
		displayName: 'Voice Sample',
		name: 'voiceSource',
		type: 'resourceLocator',
		default: { mode: 'url', value: '' },
		required: true,
		description: '5 to 30 seconds of clean speech by one voice, with no noise or music',
		modes: [
			{
				displayName: 'By Audio or Video File URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://example.com/voice.mp3',
				hint: 'An MP3, WAV, MP4 or MOV file',
				validation: [{ type: 'regex', properties: { regex: '^https?://.+', errorMessage: 'Must be an http(s) URL' } }],
			},
			{
				displayName: 'By Kling Video ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. {{ $json.videoId }}',
				hint: 'A video made by kling-v2-6 with Sound on, or by Avatar or Lip-Sync (a Video operation outputs it as videoId)',
			},
		],
		displayOptions: forVoice('create'),
	},
	additionalFieldsShown(forVoice('create'), [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]),
];

export const getVoiceFields: INodeProperties[] = [
	voiceIdField({
		name: 'voiceId',
		required: true,
		description: "The voice's ID (a preset or one of this account's), or the task ID of the Voice → Create that made it",
		displayOptions: forVoice('get'),
	}),
];

export const deleteVoiceFields: INodeProperties[] = [
	voiceIdField({
		name: 'voiceId',
		required: true,
		description: "The ID of one of this account's voices (presets cannot be deleted)",
		displayOptions: forVoice('delete'),
	}),
];

export const getManyVoicesFields: INodeProperties[] = libraryListFields('voice', 'voices');
