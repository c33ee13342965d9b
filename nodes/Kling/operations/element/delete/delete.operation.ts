import { deleteElementFields } from './delete.fields';
import { deleteElementSchema } from './delete.schema';
import { libraryDeleteOperation } from '../../shared/libraryDelete';

/** Element → Delete: POST /v1/general/delete-elements (custom-elements.md: custom elements only). */
export const deleteElement = libraryDeleteOperation({
	what: 'element',
	fields: deleteElementFields,
	schema: deleteElementSchema,
	path: '/v1/general/delete-elements',
});
