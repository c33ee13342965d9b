import { VIDEO_TO_AUDIO_PROMPT_MAX } from './videoToAudio.schema';
import type { OperationField } from '../../field';
import { audioAdditionalFields } from '../../shared/audio.fields';
import { to } from '../../shared/toBody';
import { videoLocatorField } from '../../shared/videoLocator.fields';

export const videoToAudioFields: OperationField[] = [
	videoLocatorField({
		name: 'video',
		description: 'The video to make sound for: 3 to 20 seconds long',
		firstMode: 'url',
		urlHint: 'An MP4 or MOV of at most 100 MB',
	}),
	{
		displayName: 'Sound Effect Prompt',
		name: 'soundEffectPrompt',
		send: to('sound_effect_prompt'),
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Footsteps on gravel, distant thunder',
		description: `The sound effects to add. At most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters. Empty: Kling works them out from the picture.`,
	},
	{
		displayName: 'Background Music Prompt',
		name: 'bgmPrompt',
		send: to('bgm_prompt'),
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Calm lo-fi piano',
		description: `The music to put under the video. At most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters.`,
	},
	{
		displayName: 'ASMR Mode',
		name: 'asmrMode',
		send: to('asmr_mode'),
		type: 'boolean',
		default: false,
		description: 'Whether to bring out fine detail sounds, for immersive (ASMR) content',
	},
	audioAdditionalFields(),
];
