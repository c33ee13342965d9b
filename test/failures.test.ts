import type { IN8nHttpFullResponse, INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { FailureKind } from '../nodes/Kling/transport/failures';
import {
	answerLostError,
	FAILURES,
	failureKindOf,
	hostAnswerOf,
	isFailure,
	missingEndpointError,
	notFinishedError,
	redescribed,
	retryAfterOf,
	unreachable,
} from '../nodes/Kling/transport/failures';
import { parseKlingResponse } from '../nodes/Kling/transport/parseResponse';
import { decide } from '../nodes/Kling/transport/retryPolicy';

const node: INode = { id: '1', name: 'Kling', type: 'n8n-nodes-kling.kling', typeVersion: 1, position: [0, 0], parameters: {} };
const where = { node, itemIndex: 2 };

const answer = (statusCode: number, body: IN8nHttpFullResponse['body'], headers: Record<string, string> = {}): IN8nHttpFullResponse => ({ statusCode, body, headers });

const thrown = (response: IN8nHttpFullResponse): unknown => {
	try {
		parseKlingResponse(node, response, { itemIndex: 2, action: 'the submit' });
	} catch (error) {
		return error;
	}
	throw new Error('no error thrown');
};

describe('failures: one typed home', () => {
	test('a host answer is an n8n NodeApiError (its name, the HTTP code) carrying its kind and Retry-After as typed fields, not in its context', () => {
		const error = thrown(answer(429, { code: 1303, message: 'parallel task over resource pack limit', request_id: 'r1' }, { 'retry-after': '3' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '429',
			message: 'Kling API error 1303 on the submit (HTTP 429): parallel task over resource pack limit',
			description: 'Rate or concurrency limit reached: no task was created. Lower Max Concurrent Tasks or retry later. (request id r1)',
		});
		expect(failureKindOf(error)).toBe('busy');
		expect(isFailure(error, 'throttled', 'busy')).toBe(true);
		expect(retryAfterOf(error)).toBe(3000);
		expect((error as NodeApiError).context).toEqual({ itemIndex: 2 });
		expect(hostAnswerOf(error)).toEqual({ httpStatus: 429, hostCode: 1303, hostSaid: 'parallel task over resource pack limit' });
	});

	test('no answer: unanswered, in the words it always had', () => {
		const error = unreachable(where, 'the task read', new Error('socket hang up'));
		expect(error).toMatchObject({ name: 'NodeApiError', httpCode: null, message: 'Could not reach the Kling host on the task read: socket hang up' });
		expect(failureKindOf(error)).toBe('unanswered');
	});

	test('the kinds of the node\'s own making keep their kind and the host\'s answer', () => {
		const notFound = thrown(answer(404, 'Not Found'));
		const missing = missingEndpointError(where, notFound, { route: 'GET /account/costs', what: "Kling's account endpoint", advice: 'Ask.' }, 'https://h');
		expect(missing).toBeInstanceOf(NodeOperationError);
		expect(missing).toMatchObject({ name: 'NodeOperationError', message: 'This host does not offer Kling\'s account endpoint (GET /account/costs answered "not found")' });
		expect(failureKindOf(missing)).toBe('endpointMissing');
		expect((missing as Error).cause).toBe(notFound);
		expect(hostAnswerOf(missing)).toMatchObject({ httpStatus: 404, hostSaid: 'Not Found' });

		const lost = answerLostError(where, notFound, { action: 'the delete of voice 7', mayHave: 'it may have been deleted', description: 'Check.' });
		expect(lost.message).toMatch(/^The answer to the delete of voice 7 was lost \(.*\): it may have been deleted$/);
		expect(failureKindOf(lost)).toBe('answerLost');

		expect(failureKindOf(new Error('ours'))).toBe('refused');
	});

	test('the maximum wait: a typed failure, so an operation can give its own advice without reading the message', () => {
		const error = notFinishedError(where, { taskId: 'T1', maxWaitMs: 120_000, lastStatus: 'processing' });
		expect(error.message).toBe('Task T1 was not finished after the maximum wait of 2 min (last status: processing)');
		expect(error.description).toBe('The task goes on at Kling. Pick it up later with the Task → Get operation and task ID T1, or raise Max Wait.');
		const advised = redescribed(where, error, 'Read it later.');
		expect([advised.message, advised.description, failureKindOf(advised)]).toEqual([error.message, 'Read it later.', 'notFinished']);
	});

	test('the retry policy reads the declared meaning: every kind of the node\'s own making ends the attempts', () => {
		const own: FailureKind[] = ['endpointMissing', 'answerLost', 'notFinished', 'unreadable', 'stopped', 'downloadFailed'];
		for (const kind of own) {
			expect(decide(kind, false, 3)).toEqual({ action: 'fail' });
			expect(decide(kind, true, 3)).toEqual({ action: 'fail' });
		}
		expect(Object.entries(FAILURES).filter(([, meaning]) => meaning.waitsForCapacity).map(([kind]) => kind)).toEqual(['busy']);
	});
});
