import { BinaryDataService, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { TestCredentialsHelper } from './credentialsHelper';
import { KLING_NODE_TYPE, TestNodeTypes } from './nodeTypes';

export interface RunOptions {
	parameters: INodeParameters;
	/** Input items; one empty item by default. */
	items?: INodeExecutionData[];
	credentials?: ({ baseUrl: string; apiKey: string } | { baseUrl: string; accessKey: string; secretKey: string }) & WebhookSecrets;
	continueOnFail?: boolean;
	/** The node's On Error setting (overrides continueOnFail). */
	onError?: INode['onError'];
	/** The execution id (default: a new one per run). */
	executionId?: string;
	/** Stops the execution when aborted, like the editor's Stop button. */
	abortSignal?: AbortSignal;
	/** n8n's waiting-webhook base URL (`$execution.resumeUrl` is below it); default http://127.0.0.1/webhook-waiting. */
	webhookWaitingBaseUrl?: string;
}

/** The credential's optional Webhook Secrets (both credential types have them). */
export interface WebhookSecrets {
	webhookSecret?: string;
	previousWebhookSecret?: string;
}

export interface RunResult {
	items: INodeExecutionData[];
	/** Every main output of the node: [success, error] with On Error → Continue (using error output). */
	outputs: INodeExecutionData[][];
	/** The node's error when it failed as a whole (not continue-on-fail). */
	error?: Error & { description?: string | null; context?: IDataObject };
	run: IRun;
	/** What the callback harness needs to reach this execution's node again. */
	engine: { workflow: Workflow; node: INode; additionalData: IWorkflowExecuteAdditionalData };
}

/** The DI container n8n-core itself uses (it ships its own copy of @n8n/di). */
const { Container } = require(
	require.resolve('@n8n/di', { paths: [dirname(require.resolve('n8n-core'))] }),
) as typeof import('@n8n/di');

let binaryDataReady: Promise<void> | undefined;

/** n8n's real binary data service in filesystem mode, in a temp folder, as a server would set it up. */
function initBinaryData(): Promise<void> {
	binaryDataReady ??= (async () => {
		const config = {
			mode: 'filesystem',
			availableModes: ['filesystem'],
			localStoragePath: mkdtempSync(join(tmpdir(), 'kling-binary-')),
			signingSecret: 'test-signing-secret',
			dbMaxFileSize: 512,
		};
		const errorReporter = { error: () => {}, warn: () => {}, info: () => {} };
		const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };
		const service = new BinaryDataService(config as never, errorReporter as never, logger as never);
		await service.init();
		Container.set(BinaryDataService, service);
	})();
	return binaryDataReady;
}

export function binaryDataService(): BinaryDataService {
	return Container.get(BinaryDataService);
}

/**
 * Runs a one-node workflow (our Kling node, fed `items`) through n8n-core's
 * WorkflowExecute, with n8n's real request helpers, credential handling and
 * binary data service.
 */
let runs = 0;

export async function runKling(options: RunOptions): Promise<RunResult> {
	await initBinaryData();
	// Like n8n, a new execution id per run: the node derives its External Task IDs from it.
	const executionId = options.executionId ?? `test-${process.pid}-${++runs}`;
	const credentialType = options.credentials && 'accessKey' in options.credentials ? 'klingAccessKeyApi' : 'klingApi';
	const node: INode = {
		id: 'kling-node',
		name: 'Kling',
		type: KLING_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: credentialType === 'klingAccessKeyApi' ? { authentication: 'accessKey', ...options.parameters } : options.parameters,
		credentials: { [credentialType]: { id: 'cred-1', name: 'Kling account' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...(options.onError ? { onError: options.onError } : {}),
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes(),
	});

	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'test-workflow',
		name: 'test',
		nodes: [node],
		connections: {},
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let resolveFinished: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (resolveFinished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveFinished(run));

	const credentials: Record<string, ICredentialDataDecryptedObject> = options.credentials
		? { [credentialType]: options.credentials as unknown as ICredentialDataDecryptedObject }
		: {};
	const additionalData = {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials),
		executionId,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: options.webhookWaitingBaseUrl ?? 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		variables: {},
		currentNodeParameters: undefined,
		executeWorkflow: async () => ({}),
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => ({}),
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [options.items ?? [{ json: {} }]] }, source: null }],
		},
	});

	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const cancellable = execute.processRunExecutionData(workflow);
	options.abortSignal?.addEventListener('abort', () => cancellable.cancel(), { once: true });
	// A cancelled run never settles `cancellable`; the workflowExecuteAfter hook fires either way.
	cancellable.catch(() => undefined);
	const run = await finished;

	const nodeRun = run.data.resultData.runData.Kling?.[0];
	return {
		items: nodeRun?.data?.main?.[0] ?? [],
		outputs: (nodeRun?.data?.main ?? []).map((output) => output ?? []),
		error: (run.data.resultData.error ?? nodeRun?.error) as RunResult['error'],
		run,
		engine: { workflow, node, additionalData },
	};
}
