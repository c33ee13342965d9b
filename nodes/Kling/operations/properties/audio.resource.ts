import { resourceProperties } from './resourceOperations';

/** The Audio resource: its operation picker, then each operation's fields. */
export const audioProperties = resourceProperties('audio', 'textToAudio');
