import { deleteElementFields } from '../element.fields';
import { libraryDeleteOperation } from '../../shared/libraryDelete';

/** Element → Delete: POST /v1/general/delete-elements (custom-elements.md: custom elements only). */
export const deleteElement = libraryDeleteOperation({ what: 'element', fields: deleteElementFields, path: '/v1/general/delete-elements' });
