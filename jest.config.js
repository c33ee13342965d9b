module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	setupFiles: ['<rootDir>/test/setup.ts'],
	testTimeout: 60000,
	// The suites mostly wait on the simulator's task timers, not the CPU: jest's default (one worker on
	// a 2-CPU machine, run in band) took 394 s for the whole suite, three workers 140 s (`npx jest --maxWorkers=N`).
	maxWorkers: 3,
};
