import type { OperationField } from '../../field';
import { imageUrlEntries, to } from '../../shared/toBody';
import { additionalBodyFieldsOption, additionalFieldsShown } from '../../shared/video.fields';
import { descriptionField, frontalImageField, nameField, referenceImagesField, tagsField } from '../element.shared';

/** Element → Create (POST /v1/general/custom-elements, answered at once). */
export const createElementFields: OperationField[] = [
	nameField(),
	descriptionField(),
	frontalImageField({ name: 'frontalImage', send: to('element_frontal_image') }),
	referenceImagesField({ name: 'elementReferenceImages', send: (value) => ({ element_refer_list: imageUrlEntries(value) }) }),
	tagsField(),
	{ ...additionalFieldsShown(undefined, [additionalBodyFieldsOption]), send: 'eachOption' },
];
