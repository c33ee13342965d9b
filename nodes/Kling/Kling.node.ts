import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { handleCallback } from './callback/handleCallback';
import { CALLBACK_WEBHOOKS } from './callback/restartWebhook';
import { accountProperties } from './operations/properties/account.resource';
import { audioProperties } from './operations/properties/audio.resource';
import { elementProperties } from './operations/properties/element.resource';
import { imageProperties } from './operations/properties/image.resource';
import { authenticationField, resourceField } from './operations/properties/resource.field';
import { taskProperties } from './operations/task/task.fields';
import { videoProperties } from './operations/properties/video.resource';
import { voiceProperties } from './operations/properties/voice.resource';
import { waitFields } from './operations/properties/wait.fields';
import { route } from './run/router';
import { searchElements, searchVoices } from './methods/listSearch';
import { searchEffectScenes } from './methods/searchEffectScenes';
import { subtitleExpression } from './operations/registry';

export class Kling implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kling',
		name: 'kling',
		icon: { light: 'file:kling.svg', dark: 'file:kling.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleExpression(),
		description:
			'Generate videos, images and sound with Kling AI: text or images to video (Kling 3.0 Turbo included), Omni-Video, extend, lip-sync (with a chosen face), avatars, effects, motion control, object editing; images, try-on, outpainting, recognition; sound and speech; elements, voices and the account',
		defaults: { name: 'Kling' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'klingApi', required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
			{ name: 'klingAccessKeyApi', required: true, displayOptions: { show: { authentication: ['accessKey'] } } },
		],
		// Kling's callbacks reach a parked execution here (Wait By → Kling Callback).
		webhooks: CALLBACK_WEBHOOKS,
		properties: [
			authenticationField,
			resourceField,
			...videoProperties,
			...audioProperties,
			...imageProperties,
			...elementProperties,
			...voiceProperties,
			...accountProperties,
			...taskProperties,
			...waitFields,
		],
	};

	// The element and voice pickers' "From List" (descriptions/libraryPickers.ts); Effects' scene list.
	methods = { listSearch: { searchElements, searchVoices, searchEffectScenes } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route(this);
	}

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this);
	}
}
