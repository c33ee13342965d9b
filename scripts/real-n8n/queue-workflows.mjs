// Workflows for the queue-mode tests, built in code: a Webhook trigger
// (POST, answers at once) -> Kling Text to Video -> Write Files from Disk.
import { randomUUID } from 'node:crypto';

/**
 * Webhook `path` -> "Kling" (text to video, prompt from the request body's
 * `prompt`, the given Wait for Completion options) -> "Write MP4" into
 * `outputDir` as <executionId>.mp4. `kling` overrides the Kling node's parameters.
 */
export function webhookToKling({ id, path, credentialId, outputDir, pollIntervalSeconds = 1, kling = {} }) {
	const node = (name, type, typeVersion, x, parameters, extra = {}) => ({ id: randomUUID(), name, type, typeVersion, position: [x, 0], parameters, ...extra });
	return {
		id,
		name: `Queue test: ${path}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			// A production webhook needs a webhookId; responseMode onReceived answers before the run.
			node('Webhook', 'n8n-nodes-base.webhook', 2, 0, { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} }, { webhookId: randomUUID() }),
			node(
				'Kling',
				'n8n-nodes-kling.kling',
				1,
				240,
				{
					resource: 'video',
					operation: 'textToVideo',
					model: 'kling-v2-6',
					prompt: '={{ $json.body.prompt }}',
					mode: 'std',
					aspectRatio: '16:9',
					duration: '5',
					additionalFields: {},
					waitForCompletion: true,
					downloadVideo: true,
					binaryPropertyName: 'data',
					waitOptions: { pollIntervalSeconds, maxWaitMinutes: 5 },
					...kling,
				},
				{ credentials: { klingApi: { id: credentialId, name: credentialId } } },
			),
			node('Write MP4', 'n8n-nodes-base.readWriteFile', 1.1, 480, {
				operation: 'write',
				fileName: `=${outputDir}/{{ $execution.id }}.mp4`,
				dataPropertyName: 'data',
				options: {},
			}),
		],
		connections: {
			Webhook: { main: [[{ node: 'Kling', type: 'main', index: 0 }]] },
			Kling: { main: [[{ node: 'Write MP4', type: 'main', index: 0 }]] },
		},
		pinData: {},
	};
}
