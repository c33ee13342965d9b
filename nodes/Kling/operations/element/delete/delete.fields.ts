import type { OperationField } from '../../field';
import { elementIdOf } from '../element.shared';

/** Element → Delete: one of the account's elements, by ID. */
export const deleteElementFields: OperationField[] = [elementIdOf("The ID of one of this account's elements (presets cannot be deleted)")];
