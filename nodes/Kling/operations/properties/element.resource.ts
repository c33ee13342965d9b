import { resourceProperties } from './resourceOperations';

/** The Element resource: its operation picker, then each operation's fields. */
export const elementProperties = resourceProperties('element', 'create');
