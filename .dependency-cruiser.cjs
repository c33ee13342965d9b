/**
 * The node's layers, top to bottom (README "Layout"). A file may import its
 * own layer and the layers below it, never one above: `npm run check:layers`
 * (part of `npm test`) fails on an import that runs up, and on any cycle.
 */
const LAYERS = [
	{ name: 'the node', paths: ['^nodes/Kling/Kling\\.node\\.ts$', '^nodes/Kling/methods/'] },
	{ name: 'running an operation', paths: ['^nodes/Kling/run/'] },
	{ name: 'waiting by callback', paths: ['^nodes/Kling/callback/'] },
	{ name: 'the request pipeline', paths: ['^nodes/Kling/pipeline/'] },
	{ name: 'operations', paths: ['^nodes/Kling/operations/'] },
	{ name: 'library lists', paths: ['^nodes/Kling/library/'] },
	{ name: 'validation', paths: ['^nodes/Kling/validation/'] },
	{ name: 'transport', paths: ['^nodes/Kling/transport/'] },
	{ name: 'models, vocabulary and the item context', paths: ['^nodes/Kling/models\\.ts$', '^nodes/Kling/prices\\.ts$', '^nodes/Kling/vocabulary\\.ts$', '^nodes/Kling/context/'] },
];

const pathOf = (layers) => layers.flatMap((layer) => layer.paths).join('|');

const upward = LAYERS.slice(1).map((layer, i) => ({
	name: `no-upward-from-${layer.name.replace(/[^a-z]+/g, '-')}`,
	comment: `${layer.name} may not import a layer above it (${LAYERS.slice(0, i + 1)
		.map((above) => above.name)
		.join(', ')})`,
	severity: 'error',
	from: { path: pathOf([layer]) },
	to: { path: pathOf(LAYERS.slice(0, i + 1)) },
}));

module.exports = {
	forbidden: [
		...upward,
		{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
		{
			name: 'every-file-in-a-layer',
			comment: 'A node file outside every layer has no place in the rules: add its folder to LAYERS',
			severity: 'error',
			from: { path: '^nodes/Kling/', pathNot: pathOf(LAYERS) },
			to: {},
		},
		{ name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '\\.(json|svg)$' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
	},
};
