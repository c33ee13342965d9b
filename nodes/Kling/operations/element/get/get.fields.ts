import type { OperationField } from '../../field';
import { elementIdOf } from '../element.shared';

/** Element → Get: one element by ID. */
export const getElementFields: OperationField[] = [elementIdOf("The element's ID: one of this account's elements or of Kling's presets")];
