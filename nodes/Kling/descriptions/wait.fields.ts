import type { INodeProperties } from 'n8n-workflow';

import { audioOutputFields } from './audioOutput.fields';

/** Shown on every operation that creates or reads one task (not on Task → Get Many). */
const notOnList = { hide: { operation: ['list'] } };

function downloadToggle(resource: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'downloadVideo',
		type: 'boolean',
		default: true,
		displayOptions: { ...notOnList, show: { resource: [resource], waitForCompletion: [true] } },
		description,
	};
}

export const waitFields: INodeProperties[] = [
	{
		displayName: 'Simplify Output',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to output only the useful fields (task ID, status, result URLs). Off: also the host\'s whole answer under <code>raw</code>.',
	},
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
		displayOptions: notOnList,
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
		displayOptions: { ...notOnList, show: { waitForCompletion: [true] } },
		description: 'How to wait for the tasks',
	},
	{
		displayName:
			"Kling calls this n8n's webhook URL (WEBHOOK_URL) when a task changes; the execution resumes when every item's task is final. If Max Wait passes first, n8n resumes it with the node's input items unchanged: see the README.",
		name: 'callbackNotice',
		type: 'notice',
		default: '',
		displayOptions: { ...notOnList, show: { waitForCompletion: [true], waitMethod: ['callback'] } },
	},
	// One toggle, named as the resource's result; the parameter stays `downloadVideo` so existing workflows keep working.
	downloadToggle('video', 'Download Video', 'Whether to attach the finished video as binary data, ready for a storage node (result URLs expire)'),
	downloadToggle(
		'audio',
		'Download Audio',
		'Whether to attach the finished audio (and for Video to Audio the video with its new sound) as binary data, ready for a storage node (result URLs expire)',
	),
	downloadToggle(
		'task',
		'Download Result',
		"Whether to attach the task's result as binary data: the video, or an audio task's audio files (result URLs expire)",
	),
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { ...notOnList, show: { waitForCompletion: [true], downloadVideo: [true] } },
		hint: 'The name of the output binary field to put the result file in',
	},
	...audioOutputFields,
	{
		displayName: 'Options',
		name: 'waitOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: notOnList,
		options: [
			{
				displayName: 'Max Concurrent Tasks',
				name: 'maxConcurrentTasks',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
				description:
					'How many items of this run may have a task at Kling at once. Keep it at or below your Kling plan\'s concurrency; throttled submits are retried.',
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
			{
				displayName: 'Max Wait (Minutes)',
				name: 'maxWaitMinutes',
				type: 'number',
				typeOptions: { minValue: 0.1 },
				default: 30,
				description:
					'Give up waiting after this long. The task goes on at Kling; read it later with Task → Get (its External Task ID is n8n-&lt;execution&gt;-&lt;node&gt;-r&lt;run&gt;-i&lt;item&gt;).',
			},
		],
	},
];
