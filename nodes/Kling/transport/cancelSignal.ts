import type { IExecuteSingleFunctions } from 'n8n-workflow';

const perExecution = new Map<string, AbortController>();

/**
 * The signal that says "the execution was stopped". n8n (2.41) gives
 * declarative nodes no cancel signal of their own, but every execution,
 * cancelled ones included, ends with the workflowExecuteAfter hook that
 * onExecutionFinish listens to: a per-execution controller aborted there
 * stops our waits at once.
 */
export function cancelSignalOf(ctx: IExecuteSingleFunctions): AbortSignal | undefined {
	const own = ctx.getExecutionCancelSignal();
	if (own) return own;
	if (!ctx.onExecutionFinish) return undefined;
	const execution = String(ctx.getExecutionId());
	let controller = perExecution.get(execution);
	if (!controller) {
		const created = new AbortController();
		controller = created;
		perExecution.set(execution, created);
		ctx.onExecutionFinish(() => {
			created.abort(new Error('The execution was stopped'));
			if (perExecution.get(execution) === created) perExecution.delete(execution);
		});
	}
	return controller.signal;
}
