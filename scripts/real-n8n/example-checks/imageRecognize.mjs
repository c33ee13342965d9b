// Image → Recognize and Element → AI Multi-Shot in a real n8n (run by install-test.mjs, against its simulator),
// in ONE workflow that vets photos before the paid task:
// Photos (a Code node: a photo with a subject, one without) → Kling Recognize (masks as binary data, found flags)
// → If "Subject found?" → Kling AI Multi-Shot on that same photo (a task, waited for by polling: three sets of
// three views, one item per view) → Write Files from Disk (the 9 PNGs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from '../env.mjs';

const PNG = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.png'));
const GOOD_PHOTO = 'https://example.com/photos/nova-front.png';
// The simulator reports the kinds named by `sim-missing=` as not found.
const NO_SUBJECT = 'https://example.com/photos/empty-room.png?sim-missing=subject,cloth';
const MASKS = ['subjectMask', 'headMask', 'faceMask', 'clothMask'];

const credentials = { klingApi: { id: 'klingDemoCredential', name: 'Kling account' } };
const node = (id, name, x, type, typeVersion, parameters, extra = {}) => ({
	id: `d3000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
	name,
	type,
	typeVersion,
	position: [x, 0],
	parameters,
	...extra,
});

function vetThenMultiShot(outputDir) {
	const nodes = [
		node(1, 'Start', 0, 'n8n-nodes-base.manualTrigger', 1, {}),
		node(2, 'Photos', 200, 'n8n-nodes-base.code', 2, {
			// Each new item names the trigger's item it came from (n8n 1.x wants that to look back at this node).
			jsCode: `return ${JSON.stringify([GOOD_PHOTO, NO_SUBJECT])}.map((photoUrl) => ({ json: { photoUrl }, pairedItem: { item: 0 } }));`,
		}),
		node(3, 'Kling Recognize', 400, 'n8n-nodes-kling.kling', 1, { resource: 'image', operation: 'recognize', image: '={{ $json.photoUrl }}' }, { credentials }),
		node(4, 'Subject found?', 600, 'n8n-nodes-base.if', 2.2, {
			conditions: {
				options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
				conditions: [
					{
						id: 'd3000000-0000-4000-8000-000000000101',
						leftValue: '={{ $json.subjectFound }}',
						rightValue: '',
						operator: { type: 'boolean', operation: 'true', singleValue: true },
					},
				],
				combinator: 'and',
			},
			options: {},
		}),
		node(
			5,
			'Kling AI Multi-Shot',
			800,
			'n8n-nodes-kling.kling',
			1,
			// The same photo, from the item the recognized one is paired with.
			{ resource: 'element', operation: 'aiMultiShot', frontalImage: '={{ $json.imageUrl }}', waitOptions: { pollIntervalSeconds: 1 } },
			{ credentials },
		),
		node(6, 'Write views', 1000, 'n8n-nodes-base.readWriteFile', 1.1, {
			operation: 'write',
			fileName: `=${outputDir}/multishot-{{ $json.taskId }}-{{ $json.imageIndex }}.png`,
			dataPropertyName: 'data',
			options: {},
		}),
	];
	const to = (name) => ({ main: [[{ node: name, type: 'main', index: 0 }]] });
	return {
		id: 'klingRecognizeMultiShot',
		name: 'Kling: vet a photo, then AI Multi-Shot',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: {
			Start: to('Photos'),
			Photos: to('Kling Recognize'),
			'Kling Recognize': to('Subject found?'),
			// Only the true branch goes on; the photo without a subject stops here.
			'Subject found?': { main: [[{ node: 'Kling AI Multi-Shot', type: 'main', index: 0 }], []] },
			'Kling AI Multi-Shot': to('Write views'),
		},
		pinData: {},
	};
}

export default async function ({ bin, env, credentials: credentialList, sim, check, log, outputDir, executeWorkflow, nodeItems }) {
	log('Image → Recognize, then Element → AI Multi-Shot');
	const run = await executeWorkflow(bin, env, { credentials: credentialList, workflow: vetThenMultiShot(outputDir) });
	const posted = (path) => sim.requests.filter((r) => r.method === 'POST' && r.path === `/kling${path}`).map((r) => r.body);
	const recognized = nodeItems(run.run, 'Kling Recognize');
	const [withSubject, withoutSubject] = recognized;
	const binaryNames = (item) => Object.keys(item?.binary ?? {}).sort().join();
	check(
		'Image → Recognize in a real n8n: one POST /v1/videos/image-recognize per photo, answered at once; the masks found are PNG binary properties (subjectMask, headMask, faceMask, clothMask), with the found flags',
		run.ok &&
			posted('/v1/videos/image-recognize').map((body) => body.image).join() === [GOOD_PHOTO, NO_SUBJECT].join() &&
			recognized.length === 2 &&
			withSubject.json.subjectFound === true &&
			withSubject.json.faceFound === true &&
			binaryNames(withSubject) === 'clothMask,faceMask,headMask,subjectMask' &&
			MASKS.every((name) => withSubject.binary[name].mimeType === 'image/png' && withSubject.binary[name].fileName === `kling-${name.replace('Mask', '')}-mask.png`) &&
			withoutSubject.json.subjectFound === false &&
			withoutSubject.json.clothFound === false &&
			withoutSubject.json.headFound === true &&
			binaryNames(withoutSubject) === 'faceMask,headMask' &&
			typeof withoutSubject.json.subjectMaskUrl === 'string',
		run.error ?? JSON.stringify(recognized.map((item) => ({ json: item.json, binary: item.binary }))).slice(0, 800),
	);

	const views = nodeItems(run.run, 'Kling AI Multi-Shot');
	const submits = posted('/v1/general/ai-multi-shot');
	const files = views.map((item) => join(outputDir, `multishot-${item.json?.taskId}-${item.json?.imageIndex}.png`));
	const setsAndViews = views.map((item) => `${item.json?.setIndex}.${item.json?.viewIndex}`).join();
	check(
		'Element → AI Multi-Shot in a real n8n, after the If: one task at /v1/general/ai-multi-shot for the photo with a subject only (element_frontal_image is that photo), waited for by polling; nine items (sets 0–2 × views 0–2), each PNG written to disk by Write Files',
		run.ok &&
			submits.length === 1 &&
			submits[0].element_frontal_image === GOOD_PHOTO &&
			views.length === 9 &&
			setsAndViews === '0.0,0.1,0.2,1.0,1.1,1.2,2.0,2.1,2.2' &&
			views.every((item) => item.json.status === 'succeed' && item.json.imageCount === 9 && item.binary?.data?.mimeType === 'image/png') &&
			new Set(views.map((item) => item.json.taskId)).size === 1 &&
			files.every((file) => existsSync(file) && readFileSync(file).equals(PNG)),
		run.error ?? `${JSON.stringify(views.map((item) => item.json)).slice(0, 600)} ${files.slice(0, 2).join(', ')}`,
	);
}
