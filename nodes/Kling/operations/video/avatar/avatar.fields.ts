import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
	callbackUrlOption,
	externalTaskIdOption,
	modeField,
	promptField,
} from '../../shared/video.fields';
import { AUDIO_HINT, imageField } from '../../shared/mediaInput.fields';
import { LIMITS } from '../../../vocabulary';
import { to } from '../../shared/toBody';

export const avatarFields: OperationField[] = [
	imageField({
		displayName: 'Image',
		name: 'image',
		property: 'image',
		required: true,
		description: 'The portrait that talks: a person, an animal or a character, at least 300 px wide and high, between 1:2.5 and 2.5:1',
	}),
	{
		displayName: 'Audio',
		name: 'avatarAudio',
		send: to('sound_file'),
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/speech.mp3 or data',
		description: 'What the portrait says: 2 to 300 seconds of speech or song. Leave empty to use an Audio ID (Additional Fields) instead.',
		hint: AUDIO_HINT,
	},
	{ ...promptField(false), description: `The avatar's actions, emotions and camera moves. At most ${LIMITS.prompt} characters.`, placeholder: 'e.g. She smiles and nods, the camera slowly pushes in' },
	modeField('avatar'),
	additionalFields([
		additionalBodyFieldsOption,
		{
			displayName: 'Audio ID',
			name: 'audioId',
			send: to('audio_id'),
			type: 'string',
			default: '',
			description: "Instead of Audio: the ID of audio made by Kling's text to speech in the last 30 days (2 to 300 seconds)",
		},
		callbackUrlOption,
		externalTaskIdOption,
	]),
];
