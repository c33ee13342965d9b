import { resourceProperties } from './resourceOperations';

/** The Account resource: its operation picker, then each operation's fields. */
export const accountProperties = resourceProperties('account', 'getCosts');
