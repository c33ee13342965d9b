import type { INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';

import { Kling } from '../../nodes/Kling/Kling.node';

export const KLING_NODE_TYPE = 'n8n-nodes-kling.kling';

/** The node types a test workflow may use: ours, under the name n8n gives it once installed. */
export class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = { [KLING_NODE_TYPE]: new Kling() };

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(nodeType);
	}

	getByNameAndVersion(nodeType: string): INodeType {
		const type = this.types[nodeType];
		if (!type) throw new Error(`Unknown node type in test: ${nodeType}`);
		return type;
	}

	getKnownTypes() {
		return {};
	}
}
