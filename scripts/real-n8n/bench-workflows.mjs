// Workflows for bench-queue.mjs beside queue-workflows.mjs's one-prompt-per-execution
// webhookToKling: the "one execution with N items" shape.
import { randomUUID } from 'node:crypto';

import { webhookToKling } from './queue-workflows.mjs';

/**
 * Webhook `path` (body `{ prompts: [{ prompt }, ...] }`) -> "Split Out" (one
 * item per prompt) -> "Kling" (the given options; On Error: continue, so a
 * failed item is an item with `error` and the others still run) -> "Write MP4"
 * as <executionId>-<itemIndex>.mp4.
 */
export function webhookBatchToKling({ id, path, credentialId, outputDir, kling = {} }) {
	const workflow = webhookToKling({ id, path, credentialId, outputDir, kling });
	const byName = (name) => workflow.nodes.find((n) => n.name === name);
	const klingNode = byName('Kling');
	klingNode.parameters.prompt = '={{ $json.prompt }}';
	klingNode.onError = 'continueRegularOutput';
	klingNode.position = [480, 0];
	const write = byName('Write MP4');
	write.parameters.fileName = `=${outputDir}/{{ $execution.id }}-{{ $itemIndex }}.mp4`;
	write.onError = 'continueRegularOutput'; // an item without a video is counted at Kling, not here
	write.position = [720, 0];
	workflow.name = `Bench batch: ${path}`;
	workflow.nodes.splice(1, 0, {
		id: randomUUID(),
		name: 'Split Out',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [240, 0],
		// An array of objects: each object becomes one item's json ({ prompt }).
		parameters: { fieldToSplitOut: 'body.prompts', include: 'noOtherFields', options: {} },
	});
	workflow.connections = {
		Webhook: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
		'Split Out': { main: [[{ node: 'Kling', type: 'main', index: 0 }]] },
		Kling: { main: [[{ node: 'Write MP4', type: 'main', index: 0 }]] },
	};
	return workflow;
}
