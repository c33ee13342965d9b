// Prints the built node's description and both credentials as JSON with sorted keys, so that
// two builds can be compared for what a user sees (`npm run build` first):
//   node scripts/describe-node.mjs > after.json   (and the same on the commit before, then diff)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Kling } = require('../dist/nodes/Kling/Kling.node.js');
const { KlingApi } = require('../dist/credentials/KlingApi.credentials.js');
const { KlingAccessKeyApi } = require('../dist/credentials/KlingAccessKeyApi.credentials.js');

const sorted = (value) =>
	Array.isArray(value)
		? value.map(sorted)
		: value && typeof value === 'object'
			? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]))
			: value;

const described = { node: new Kling().description, credentials: [new KlingApi(), new KlingAccessKeyApi()] };
process.stdout.write(`${JSON.stringify(sorted(JSON.parse(JSON.stringify(described))), null, 1)}\n`);
