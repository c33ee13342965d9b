import type { INodeProperties } from 'n8n-workflow';

import { shownField } from '../field';
import { periodFields } from '../shared/period.fields';
import { returnAllFields } from '../shared/returnAll.fields';

/*
 * Task → Get Many's choice of list: a Task Type's legacy endpoint
 * (`GET /v1/<kind>?pageNum&pageSize`, as before) or Kling's new API, which
 * lists every task made there, whatever its model or product, at
 * `POST /tasks` (kling-3.0-turbo-t2v.md "Query Task (By Cursor)";
 * shared/spec/kling-api-2026.md §0).
 */

/** The value of the API field that lists the new API's tasks. */
export const NEW_API_LIST = 'newApi';

const onNewApi = { show: { resource: ['task'], operation: ['list'], listApi: [NEW_API_LIST] } };

/** Which list Get Many reads: the Task Type's endpoint (the default, as before) or the new API's. */
export const listApiField: INodeProperties = {
	displayName: 'API',
	name: 'listApi',
	type: 'options',
	options: [
		{
			name: "Kling's New API (All Models in the Path)",
			value: NEW_API_LIST,
			description: 'POST /tasks: every task made on the new API (such as with kling-3.0-turbo), newest first. API keys only.',
		},
		{
			name: "This Task Type's Endpoint (Legacy API)",
			value: 'legacy',
			description: 'GET /v1/…/&lt;kind&gt;: the tasks of the Task Type, one page at a time',
		},
	],
	default: 'legacy',
	description: "Where the tasks are listed: Kling keeps the legacy API's tasks under each kind's endpoint, and the new API's together",
	displayOptions: { show: { resource: ['task'], operation: ['list'] } },
};

/** Start, End, Return All, Limit and the Filters of the new API's list. */
export const newApiListFields: INodeProperties[] = [
	// Read by runNewApiTaskList.ts itself (Task → Get Many has no body pipeline).
	...periodFields({ start: 'tasksStart', end: 'tasksEnd' }, ' (when the tasks were made)').map((field) => ({ ...shownField(field), displayOptions: onNewApi })),
	...returnAllFields().map((field) => ({ ...shownField(field), displayOptions: { show: { ...onNewApi.show, ...field.displayOptions?.show } } })),
	{
		displayName: 'Filters',
		name: 'taskFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: onNewApi,
		options: [
			{
				// The product types the page lists for `filters[].values` (kling-3.0-turbo-t2v.md): video, image, try_on.
				displayName: 'Product Types',
				name: 'productTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Image', value: 'image' },
					{ name: 'Video', value: 'video' },
					{ name: 'Virtual Try-On', value: 'try_on' },
				],
				default: [],
				description: 'Only tasks of these kinds of product',
			},
			{
				// The statuses the page lists: submitted, processing, succeeded, failed.
				displayName: 'Status',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Failed', value: 'failed' },
					{ name: 'Processing', value: 'processing' },
					{ name: 'Submitted', value: 'submitted' },
					{ name: 'Succeeded', value: 'succeeded' },
				],
				default: [],
				description: 'Only tasks in these states',
			},
		],
	},
];
