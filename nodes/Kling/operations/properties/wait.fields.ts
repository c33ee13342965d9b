import type { INodeProperties } from 'n8n-workflow';

import { taskOperationsOf } from '../registry';
import type { CreateResource } from '../types';
import { audioOutputFields } from '../shared/audioOutput.fields';


function downloadToggle(resource: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'downloadVideo',
		type: 'boolean',
		default: true,
		displayOptions: { show: { resource: [resource], waitForCompletion: [true] } },
		description,
	};
}

const simplifyField: INodeProperties = {
		displayName: 'Simplify Output',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to output only the useful fields (task ID, status, result URLs). Off: also the host\'s whole answer under <code>raw</code>.',
};

const waitingFields: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
				description:
			'Whether to wait until Kling has finished the task (usually 1–10 minutes) and output the result. Off: output the submitted task at once.',
	},
	{
		displayName: 'Wait By',
		name: 'waitMethod',
		type: 'options',
		options: [
			{
				name: 'Polling (This Execution Waits)',
				value: 'poll',
				description: 'Ask Kling every Poll Interval. The execution (and in queue mode a worker slot) is held until the task is done.',
			},
			{
				name: 'Kling Callback (Execution Pauses)',
				value: 'callback',
				description:
					'Submit with a callback URL and pause the execution, holding nothing, until Kling reports every task done. Needs a WEBHOOK_URL that Kling can reach.',
			},
		],
		default: 'poll',
		displayOptions: { show: { waitForCompletion: [true] } },
		description: 'How to wait for the tasks',
	},
	{
		displayName:
			"Kling calls this n8n's webhook URL (WEBHOOK_URL) when a task changes; the execution resumes when every item's task is final. If Max Wait passes first, n8n resumes it with the node's input items unchanged: see the README.",
		name: 'callbackNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { waitForCompletion: [true], waitMethod: ['callback'] } },
	},
	// One toggle, named as the resource's result; the parameter stays `downloadVideo` so existing workflows keep working.
	downloadToggle('video', 'Download Video', 'Whether to attach the finished video as binary data, ready for a storage node (result URLs expire)'),
	downloadToggle(
		'audio',
		'Download Audio',
		'Whether to attach the finished audio (and for Video to Audio the video with its new sound) as binary data, ready for a storage node (result URLs expire)',
	),
	downloadToggle(
		'image',
		'Download Images',
		'Whether to attach each finished image as binary data, one output item per image, ready for a storage node (result URLs expire)',
	),
	downloadToggle(
		'task',
		'Download Result',
		"Whether to attach the task's result as binary data: the video, an audio task's audio files, an image task's images (one item each), or a voice's sample (result URLs expire)",
	),
	downloadToggle('voice', 'Download Sample', "Whether to attach the new voice's sample, an MP3 Kling spoke with it, as binary data"),
	{
		...downloadToggle(
			'element',
			'Download Images',
			'Whether to attach each view AI Multi-Shot made as binary data, one output item per image, ready for a storage node or Element → Create (result URLs expire)',
		),
		// Of the element tasks only AI Multi-Shot makes files (Create Advanced makes an element).
		displayOptions: { show: { resource: ['element'], operation: ['aiMultiShot'], waitForCompletion: [true] } },
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show: { waitForCompletion: [true], downloadVideo: [true] } },
		hint: 'The name of the output binary field to put the result file in',
	},
	...audioOutputFields,
	{
		displayName: 'Options',
		name: 'waitOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
				options: [
			{
				displayName: 'Account Concurrency',
				name: 'accountConcurrency',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 5,
				displayOptions: { hide: { '/resource': ['task'] } },
				description:
					"How many tasks of this kind your Kling plan runs at once (video, image or try-on tasks are counted apart; an image task counts each image). Without it the node learns the limit from Kling's answers. Items beyond it wait for a free slot, up to Max Wait, instead of failing.",
			},
			{
				displayName: 'Budget (Units)',
				name: 'budgetUnits',
				type: 'number',
				typeOptions: { minValue: 0.01, numberPrecision: 2 },
				default: 10,
				displayOptions: { hide: { '/resource': ['task'] } },
				description:
					"The most units this run may cost by Kling's published prices (video units for video, audio and voice tasks, image units for images). A run estimated over it, or with an item Kling publishes no price for, is refused before anything is sent.",
			},
			{
				displayName: 'Max Concurrent Tasks',
				name: 'maxConcurrentTasks',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
				description:
					"How many items of this run may have a task at Kling at once. Items over the account's own limit wait for a free slot anyway (see Account Concurrency).",
			},
			{
				displayName: 'Max Wait (Minutes)',
				name: 'maxWaitMinutes',
				type: 'number',
				typeOptions: { minValue: 0.1 },
				default: 30,
				description:
					'Give up waiting after this long. The task goes on at Kling; read it later with Task → Get (its External Task ID is n8n-&lt;execution&gt;-&lt;node&gt;-r&lt;run&gt;-i&lt;item&gt;).',
			},
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollIntervalSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
				description:
					'With Wait by Polling: how often to ask Kling whether the task is done (5–10 s is what Kling advises). The first read comes one interval after the submit.',
			},
			{
				displayName: 'Webhook URL Is Reachable',
				name: 'callbackUrlReachable',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/waitMethod': ['callback'] } },
				description:
					"Whether Kling can reach n8n's webhook URL although it looks local or private (a tunnel, a VPN, a test simulator). Off: such a URL is refused before anything is sent.",
			},
		],
	},
];

const RESOURCES_WITH_TASKS: CreateResource[] = ['video', 'audio', 'image', 'element', 'voice', 'account'];

/**
 * Shows each field on the operations that make or read one task: every
 * resource's create operations (registry.ts) and Task → Get. One copy per
 * resource, since an operation value (Get, Delete) may mean a task operation
 * in one resource and an immediate one in another. A field that names its
 * resources or operations keeps to those.
 */
function onTaskOperations(fields: INodeProperties[]): INodeProperties[] {
	const places = RESOURCES_WITH_TASKS.map((resource): { resource: string; operations: string[] } => ({
		resource,
		operations: taskOperationsOf(resource),
	}))
		.filter((place) => place.operations.length > 0)
		.concat([{ resource: 'task', operations: ['get'] }]);
	return fields.flatMap((field) => {
		const show = field.displayOptions?.show ?? {};
		const resources = show.resource as string[] | undefined;
		const operations = show.operation as string[] | undefined;
		return places
			.filter((place) => !resources || resources.includes(place.resource))
			.map((place) => ({ ...place, operations: operations ? place.operations.filter((op) => operations.includes(op)) : place.operations }))
			.filter((place) => place.operations.length > 0 || place.resource === 'task')
			.map(
				(place): INodeProperties => ({
					...field,
					displayOptions: {
						...field.displayOptions,
						show: { ...show, resource: [place.resource], operation: place.resource === 'task' ? (operations ?? ['get']) : place.operations },
					},
				}),
			);
	});
}

export const waitFields: INodeProperties[] = [simplifyField, ...onTaskOperations(waitingFields)];
