// PostgreSQL and Redis for n8n's queue mode: private, throwaway instances on
// free ports in a temp folder (Debian's postgresql and redis-server packages).
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort, startLogged, stopProcess, waitFor } from './queue-process.mjs';

const execFileAsync = promisify(execFile);

/** The newest /usr/lib/postgresql/<version>/bin that has initdb. */
export function postgresBin() {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
	if (versions.length === 0) throw new Error('PostgreSQL not found under /usr/lib/postgresql (apt-get install postgresql)');
	versions.sort((a, b) => Number(b) - Number(a));
	return join(root, versions[0], 'bin');
}

/**
 * The user PostgreSQL runs as: itself when not root; as root, the `postgres`
 * account (the server refuses root), which must own the data folder.
 */
function postgresUser() {
	if (process.getuid() !== 0) return {};
	const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
	return { uid: id('-u'), gid: id('-g') };
}

/**
 * A fresh cluster in `dir` (created, owned by the server's user), listening on
 * 127.0.0.1 only, with trust auth for user `postgres` and an empty database
 * `database`. Returns { port, user, database, psql(sql), stop() }.
 */
export async function startPostgres(dir, { database = 'n8n' } = {}) {
	const bin = postgresBin();
	const user = postgresUser();
	mkdirSync(dir, { recursive: true });
	if (user.uid !== undefined) chownSync(dir, user.uid, user.gid);
	const data = join(dir, 'data');
	execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'], {
		...user,
		cwd: dir,
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const port = await freePort();
	// A test database: durability is not needed, speed is.
	const server = startLogged('postgres', join(bin, 'postgres'), ['-D', data, '-k', dir, '-p', String(port), '-h', '127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'], {
		...user,
		cwd: dir,
		log: join(dir, 'postgres.log'),
	});
	const connection = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'];
	await waitFor('PostgreSQL', () => execFileAsync(join(bin, 'pg_isready'), [...connection, '-q']).then(() => true), { timeoutMs: 30_000, proc: server });
	execFileSync(join(bin, 'createdb'), [...connection, database]);
	return {
		port,
		user: 'postgres',
		database,
		log: server.log,
		process: server,
		/** Rows of a SELECT as objects (json_agg on the server, so types survive). */
		async query(sql) {
			const wrapped = `select coalesce(json_agg(t), '[]'::json) from (${sql}) t`;
			const { stdout } = await execFileAsync(join(bin, 'psql'), [...connection, '-d', database, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', wrapped], { maxBuffer: 64 * 1024 * 1024 });
			return JSON.parse(stdout);
		},
		// SIGINT is PostgreSQL's fast shutdown.
		stop: () => stopProcess(server, { signal: 'SIGINT' }),
	};
}

/** Answers true when Redis replies +PONG to PING. */
const redisPing = (port) =>
	new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
		socket.on('error', () => resolve(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => (socket.destroy(), resolve(chunk.toString().startsWith('+PONG'))));
	});

/** A Redis without persistence on a free port. Returns { port, stop() }. */
export async function startRedis(dir) {
	mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const server = startLogged('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'], {
		cwd: dir,
		log: join(dir, 'redis.log'),
	});
	await waitFor('Redis', () => redisPing(port), { timeoutMs: 15_000, proc: server });
	return { port, log: server.log, process: server, stop: () => stopProcess(server) };
}
