#!/usr/bin/env node
// @ts-check
'use strict';
// node test/simulator/cli.js [--port N] [--api-key K] [--task-duration-ms N] [--video-bytes N]
//   [--callback-faults duplicateFinal,outOfOrder,loseFinal,none,lateFinalMs=N] [--concurrency video=5,image=10,tryOn=2]
//   [--webhook-secret whsec_...[,whsec_...]] (callbacks signed as Kling signs them; two: both signatures, as during a rotation)
const { startKlingSimulator } = require('./index');
const { parseCallbackFaults } = require('./callbacks');
const { parseConcurrency } = require('./concurrency');

const args = process.argv.slice(2);
const arg = (/** @type {string} */ name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};

let callbacks;
let concurrency;
try {
	callbacks = parseCallbackFaults(arg('--callback-faults') ?? '');
	concurrency = parseConcurrency(arg('--concurrency') ?? '');
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	process.exit(2);
}

startKlingSimulator({
	port: Number(arg('--port') ?? 0),
	apiKey: arg('--api-key'),
	taskDurationMs: arg('--task-duration-ms') ? Number(arg('--task-duration-ms')) : undefined,
	videoBytes: arg('--video-bytes') ? Number(arg('--video-bytes')) : undefined,
	callbacks,
	concurrency,
	webhookSecret: arg('--webhook-secret')?.split(',').filter(Boolean),
}).then((sim) => {
	console.log(`KLING_SIMULATOR_URL=${sim.baseUrl}`);
	const stop = () => sim.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
