import { resourceProperties } from './resourceOperations';

/** The Image resource: its operation picker, then each operation's fields. */
export const imageProperties = resourceProperties('image', 'generate');
