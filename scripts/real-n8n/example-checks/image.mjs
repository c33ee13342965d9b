// The Image resource in a real n8n (run by install-test.mjs, against its simulator):
// 1. examples/generate-images.json: Generate with Number of Images 2, then Write Files from Disk
//    writes each image (one item per image, binary `data`) as <taskId>-<imageIndex>.png;
// 2. a chained workflow: each image operation takes the previous one's image by its binary
//    property `data` (Generate → Expand → Virtual Try-On → Omni-Image → Multi-Image to Image).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from '../env.mjs';

const PNG = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.png'));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A Kling node of the chain. */
const klingNode = (name, x, parameters) => ({
	id: `b2000000-0000-4000-8000-${String(x).padStart(12, '0')}`,
	name,
	type: 'n8n-nodes-kling.kling',
	typeVersion: 1,
	position: [x, 0],
	parameters: { resource: 'image', ...parameters, waitOptions: { pollIntervalSeconds: 1 } },
	credentials: { klingApi: { id: 'klingDemoCredential', name: 'Kling account' } },
});

function chainedWorkflow(outputDir) {
	const nodes = [
		{ id: 'b2000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		klingNode('Kling Generate', 240, { operation: 'generate', prompt: 'A person standing in a sunny street', aspectRatio: '2:3' }),
		klingNode('Kling Expand', 480, { operation: 'expand', image: 'data', upExpansion: 0.25, downExpansion: 0.25, prompt: 'More of the street' }),
		klingNode('Kling Virtual Try-On', 720, { operation: 'virtualTryOn', humanImage: 'data', clothImage: 'https://example.com/garments/jacket.png' }),
		klingNode('Kling Omni-Image', 960, {
			operation: 'omniImage',
			prompt: 'The person of <<<image_1>>> on a beach at sunset',
			referenceImages: { image: [{ image: 'data' }] },
			numberOfImages: 2,
		}),
		klingNode('Kling Multi-Image to Image', 1200, {
			operation: 'multiImageToImage',
			subjectImages: { image: [{ image: 'data' }] },
			prompt: 'The person in a watercolour painting',
		}),
		{
			id: 'b2000000-0000-4000-8000-000000000002',
			name: 'Write images',
			type: 'n8n-nodes-base.readWriteFile',
			typeVersion: 1.1,
			position: [1440, 0],
			parameters: { operation: 'write', fileName: `=${outputDir}/chain-{{ $json.taskId }}-{{ $json.imageIndex }}.png`, dataPropertyName: 'data', options: {} },
		},
	];
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++) connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return { id: 'klingImageChain', name: 'Kling image operations chained', active: false, settings: { executionOrder: 'v1' }, nodes, connections, pinData: {} };
}

export default async function ({ bin, env, credentials, sim, check, outputDir, exampleFile, executeWorkflow, nodeItems }) {
	const isPng = (file) => existsSync(file) && readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE);

	// 1. The example as shipped, its output folder pointed at this run's.
	const workflow = exampleFile('generate-images.json');
	for (const node of workflow.nodes) {
		if (node.type === 'n8n-nodes-kling.kling') node.parameters.waitOptions = { ...node.parameters.waitOptions, pollIntervalSeconds: 1 };
		if (node.type === 'n8n-nodes-base.readWriteFile') node.parameters.fileName = `=${outputDir}/{{ $json.taskId }}-{{ $json.imageIndex }}.png`;
	}
	const run = await executeWorkflow(bin, env, { credentials, workflow });
	const items = nodeItems(run.run, 'Kling');
	const files = items.map((item) => join(outputDir, `${item.json?.taskId}-${item.json?.imageIndex}.png`));
	const submit = sim.requests.find((r) => r.method === 'POST' && r.path === '/kling/v1/images/generations');
	check(
		'examples/generate-images.json runs: one task at /v1/images/generations with n 2, two items (imageIndex 0, 1), each PNG written to disk by Write Files',
		run.ok &&
			submit?.body?.n === 2 &&
			sim.requests.filter((r) => r.method === 'POST').length === 1 &&
			items.length === 2 &&
			items.map((item) => item.json.imageIndex).join() === '0,1' &&
			items.every((item) => item.binary?.data?.mimeType === 'image/png') &&
			new Set(items.map((item) => item.json.taskId)).size === 1 &&
			files.every((file) => isPng(file) && readFileSync(file).equals(PNG)),
		run.error ?? `${JSON.stringify(items.map((item) => item.json))} ${files.join(', ')}`,
	);

	// 2. The other operations, each fed the previous node's image as the binary property `data`.
	sim.reset();
	const chain = await executeWorkflow(bin, env, { credentials, workflow: chainedWorkflow(outputDir) });
	const bodyOf = (kind) => sim.requests.filter((r) => r.method === 'POST' && r.path === `/kling/v1/images/${kind}`).map((r) => r.body);
	const base64 = PNG.toString('base64');
	const [expandBody] = bodyOf('editing/expand');
	const [tryOnBody] = bodyOf('kolors-virtual-try-on');
	const [omniBody] = bodyOf('omni-image');
	const multiBodies = bodyOf('multi-image2image');
	const last = nodeItems(chain.run, 'Kling Multi-Image to Image');
	check(
		'the image operations chain in a real n8n: Expand, Virtual Try-On, Omni-Image and Multi-Image to Image each send the previous image (binary property data) as Base64',
		chain.ok &&
			expandBody?.image === base64 &&
			expandBody?.up_expansion_ratio === 0.25 &&
			tryOnBody?.human_image === base64 &&
			tryOnBody?.cloth_image === 'https://example.com/garments/jacket.png' &&
			omniBody?.image_list?.[0]?.image === base64 &&
			omniBody?.aspect_ratio === 'auto' &&
			omniBody?.n === 2 &&
			// Omni-Image's 2 images are 2 items: Multi-Image to Image runs once for each.
			multiBodies.length === 2 &&
			multiBodies.every((body) => body.subject_image_list?.[0]?.subject_image === base64),
		chain.error ?? JSON.stringify({ expandBody, tryOnBody, omniBody, multiBodies }).slice(0, 600),
	);
	check(
		'the chain ends in 2 items paired with Omni-Image\'s 2 images, each PNG written to disk',
		chain.ok && last.length === 2 && last.every((item) => item.json.status === 'succeed' && isPng(join(outputDir, `chain-${item.json.taskId}-${item.json.imageIndex}.png`))),
		chain.error ?? JSON.stringify(last.map((item) => item.json)),
	);
}
