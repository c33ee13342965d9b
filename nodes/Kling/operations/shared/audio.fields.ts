import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption } from './video.fields';

/** Shows a field for the given operations of the Audio resource. */
export const forAudio = (...operations: string[]) => ({
	show: { resource: ['audio'], operation: operations },
});

/** The audio operation's "Additional Fields": what every Kling task takes (the audio endpoints document no watermark). */
export function audioAdditionalFields(operation: string): INodeProperties {
	return additionalFieldsShown(forAudio(operation), [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]);
}
