import { resourceProperties } from './resourceOperations';

/** The Video resource: its operation picker, then each operation's fields. */
export const videoProperties = resourceProperties('video', 'textToVideo');
