import type { OperationField } from '../../field';
import { libraryListFields } from '../../shared/libraryList.fields';

/** Voice → Get Many: which voices, and how many. */
export const getManyVoicesFields: OperationField[] = libraryListFields('voices');
