// A stand-in for an OpenAI-compatible chat API, for the AI Agent check: the
// first call answers with one call of the first tool offered (with fixed
// arguments), the next one with a final answer quoting the tool's result.
// It records what the agent sent, so the check can read the tool schema.
import { createServer } from 'node:http';

export async function startFakeOpenAi(toolArguments) {
	const requests = [];
	const server = createServer((req, res) => {
		let text = '';
		req.on('data', (chunk) => (text += chunk));
		req.on('end', () => {
			const body = text ? JSON.parse(text) : {};
			requests.push({ path: req.url, body });
			const toolResult = (body.messages ?? []).find((m) => m.role === 'tool');
			const tool = body.tools?.[0]?.function?.name;
			const message = toolResult || !tool
				? { role: 'assistant', content: `Your video is ready: ${String(toolResult?.content ?? '').slice(0, 2000)}` }
				: {
						role: 'assistant',
						content: null,
						tool_calls: [{ id: 'call_kling_1', type: 'function', function: { name: tool, arguments: JSON.stringify(toolArguments) } }],
					};
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({
					id: `chatcmpl-${requests.length}`,
					object: 'chat.completion',
					created: Math.floor(Date.now() / 1000),
					model: body.model ?? 'gpt-4o-mini',
					choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
					usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
				}),
			);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		baseUrl: `http://127.0.0.1:${server.address().port}/v1`,
		requests,
		close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
	};
}
