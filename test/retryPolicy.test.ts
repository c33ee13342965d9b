import { classifyAnswer } from '../nodes/Kling/transport/failures';
import { decide } from '../nodes/Kling/transport/retryPolicy';

describe('what a host failure means, and the one retry policy', () => {
	test.each([
		[{ status: 429 }, 'busy'],
		[{ status: 429, hostCode: 1303 }, 'busy'],
		[{ status: 200, hostCode: 1303 }, 'busy'],
		[{ status: 429, hostCode: 1302 }, 'throttled'],
		[{ status: 429, notJson: true }, 'busy'],
		[{ status: 429, hostCode: 1101 }, 'refused'],
		[{ status: 429, hostCode: 1102 }, 'refused'],
		[{ status: 429, hostCode: 1304 }, 'refused'],
		[{ status: 502 }, 'unanswered'],
		[{ status: 200, hostCode: 5000 }, 'unanswered'],
		[{ status: 200, notJson: true }, 'unanswered'],
		[{ status: 403, notJson: true }, 'refused'],
		[{ status: 400, hostCode: 1201 }, 'duplicate'],
		[{ status: 404 }, 'notFound'],
		[{ status: 200, hostCode: 1203 }, 'notFound'],
		[{ status: 400, textCode: 'task_not_exist' }, 'unknownToGateway'],
		[{ status: 401, hostCode: 1001 }, 'refused'],
		[{ status: 400, hostCode: 1301 }, 'refused'],
	] as const)('%j is %s', (answer, failure) => {
		expect(classifyAnswer(answer)).toBe(failure);
	});

	test('reads: throttled and unanswered are sent again; nothing else is', () => {
		expect(decide('throttled', false, 2, 3000)).toEqual({ action: 'retry', delayMs: 3000 });
		expect(decide('unanswered', false, 2)).toMatchObject({ action: 'retry' });
		for (const failure of ['duplicate', 'notFound', 'unknownToGateway', 'refused'] as const) {
			expect(decide(failure, false, 2)).toEqual({ action: 'fail' });
		}
		expect(decide('unanswered', false, 0)).toEqual({ action: 'fail' });
	});

	test('writes: a lost answer is looked up before any resend; a duplicate is looked up and never resent', () => {
		expect(decide('throttled', true, 2)).toMatchObject({ action: 'retry' });
		expect(decide('unanswered', true, 2)).toEqual({ action: 'lookUp', thenRetry: true });
		expect(decide('unanswered', true, 0)).toEqual({ action: 'lookUp', thenRetry: false });
		expect(decide('duplicate', true, 2)).toEqual({ action: 'lookUp', thenRetry: false });
		expect(decide('refused', true, 2)).toEqual({ action: 'fail' });
		expect(decide('throttled', true, 0)).toEqual({ action: 'fail' });
	});

	test('a busy account: a task submit hands the wait to its caller at once; any other request waits it out like throttling', () => {
		expect(decide('busy', true, 4, undefined, 0, true)).toEqual({ action: 'fail' });
		expect(decide('busy', true, 4, 2000)).toEqual({ action: 'retry', delayMs: 2000 });
		expect(decide('busy', false, 4, 2000)).toEqual({ action: 'retry', delayMs: 2000 });
	});
});
