import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, INode, INodeListSearchResult, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { Kling } from '../../nodes/Kling/Kling.node';
import { TestCredentialsHelper } from './credentialsHelper';
import { KLING_NODE_TYPE, TestNodeTypes } from './nodeTypes';

export interface ListSearchCall {
	method: 'searchElements' | 'searchVoices' | 'searchEffectScenes';
	/** The node's parameters as saved; sent as the editor sends them (currentNodeParameters: with the defaults). */
	parameters: INodeParameters;
	credentials: { baseUrl: string; apiKey: string } | { baseUrl: string; accessKey: string; secretKey: string };
	filter?: string;
	paginationToken?: string;
	/** The parameter's path, as the editor sends it. */
	path?: string;
}

/**
 * Calls one of the node's listSearch methods the way n8n's server does for
 * the editor (packages/cli DynamicNodeParametersService.getResourceLocatorResults):
 * a one-node workflow with a "Temp-Node" holding the editor's parameters and
 * credential, and n8n-core's real LoadOptionsContext around it, so that the
 * credential, its authentication and the request helpers are n8n's own.
 */
export async function callListSearch(call: ListSearchCall): Promise<INodeListSearchResult> {
	const credentialType = 'accessKey' in call.credentials ? 'klingAccessKeyApi' : 'klingApi';
	const kling = new Kling();
	const node: INode = {
		parameters: {},
		id: 'uuid-1234',
		name: 'Temp-Node',
		type: KLING_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		credentials: { [credentialType]: { id: 'cred-1', name: 'Kling account' } },
	};
	// The editor holds (and sends) every shown parameter, defaults included (Authentication among them).
	node.parameters = NodeHelpers.getNodeParameters(kling.description.properties, call.parameters, true, false, node, kling.description) ?? {};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: new TestNodeTypes() });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper({ [credentialType]: call.credentials as unknown as ICredentialDataDecryptedObject }),
		currentNodeParameters: node.parameters,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, workflow.nodes['Temp-Node'], additionalData, call.path ?? 'parameters.elementId');
	const method = kling.methods.listSearch[call.method];
	return await method.call(context, call.filter, call.paginationToken);
}
