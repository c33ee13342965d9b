import type { OperationField } from '../field';
import { entries, to } from './toBody';

import { LIMITS } from '../../vocabulary';

/** Multi-shot: a switch and up to 6 shots; bodyShaping numbers them and sets the shot type. */
export function multiShotOptions(note = ''): OperationField[] {
	return [
		{
			displayName: 'Multi-Shot',
			name: 'multiShot',
			send: to('multi_shot'),
			type: 'boolean',
			default: false,
			description: `Whether to render several shots, each with its own prompt and duration (the Prompt is then ignored)${note ? `. ${note}` : ''}`,
		},
		{
			displayName: 'Shots',
			name: 'shots',
			send: (value) => ({
				multi_prompt: entries(value, 'shot').map((shot) => ({ prompt: shot.prompt, duration: String(shot.duration) })),
			}),
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.shots },
			default: {},
			placeholder: 'Add Shot',
			description: `With Multi-Shot: 1 to ${LIMITS.shots} shots whose durations add up to the Duration`,
			options: [
				{
					displayName: 'Shot',
					name: 'shot',
					values: [
						{
							displayName: 'Prompt',
							name: 'prompt',
							type: 'string',
							default: '',
							description: `What this shot shows, at most ${LIMITS.shotPrompt} characters`,
						},
						{
							displayName: 'Duration (Seconds)',
							name: 'duration',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 5,
						},
					],
				},
			],
		},
	];
}
