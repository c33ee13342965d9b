import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { operationOf } from '../operations/registry';
import { runAction } from './runAction';
import { runCreate } from './runCreate';
import { runTaskGet, runTaskList } from './runTaskRead';

/** The node's execute(): the chosen resource and operation. */
export async function route(exec: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = exec.getNodeParameter('resource', 0) as string;
	const operation = exec.getNodeParameter('operation', 0) as string;
	const op = operationOf(resource, operation);
	if (op?.kind === 'task') return await runCreate(exec, op);
	if (op?.kind === 'action') return await runAction(exec, op);
	if (resource === 'task' && operation === 'get') return await runTaskGet(exec);
	if (resource === 'task' && operation === 'list') return await runTaskList(exec);
	throw new NodeOperationError(exec.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
}
