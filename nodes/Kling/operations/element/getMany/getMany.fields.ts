import type { OperationField } from '../../field';
import { libraryListFields } from '../../shared/libraryList.fields';

/** Element → Get Many: which elements, and how many. */
export const getManyElementsFields: OperationField[] = libraryListFields('elements');
