import { timeValue } from '../../validation/timeRange';
import type { OperationField } from '../field';

const FORMATS = 'a date, an ISO date-time or a Unix time (ms or seconds)';

/**
 * Start and End of a period, sent as `start_time` and `end_time` in Unix ms
 * (empty ones are filled in by the operation: 30 days before End, and now).
 * `what` says what the period is of, after "Beginning of the period".
 */
export function periodFields(names: { start: string; end: string }, what: string): OperationField[] {
	return [
		{
			displayName: 'Start',
			name: names.start,
			send: (value) => ({ start_time: timeValue(value) }),
			sendsKeys: ['start_time'],
			type: 'dateTime',
			default: '',
			description: `Beginning of the period${what}: ${FORMATS}`,
			hint: 'Empty: 30 days before End',
		},
		{
			displayName: 'End',
			name: names.end,
			send: (value) => ({ end_time: timeValue(value) }),
			sendsKeys: ['end_time'],
			type: 'dateTime',
			default: '',
			description: `End of the period: ${FORMATS}`,
			hint: 'Empty: now',
		},
	];
}
