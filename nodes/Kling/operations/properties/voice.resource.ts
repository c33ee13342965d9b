import { resourceProperties } from './resourceOperations';

/** The Voice resource: its operation picker, then each operation's fields. */
export const voiceProperties = resourceProperties('voice', 'create');
