import type { OperationField } from '../field';
import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption } from './video.fields';

/** An audio task's "Additional Fields": what every Kling task takes (the audio endpoints document no watermark). */
export function audioAdditionalFields(): OperationField {
	return { ...additionalFieldsShown(undefined, [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]), send: 'eachOption' };
}
