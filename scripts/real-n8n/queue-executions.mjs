// n8n's executions as stored in its PostgreSQL (the queue-mode harness reads
// them there: main and workers share the database, and SQL needs no login).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Statuses after which n8n does nothing more with an execution. */
export const ENDED = new Set(['success', 'error', 'crashed', 'canceled']);
export const ended = (row) => ENDED.has(row.status);

const COLUMNS = `id::int as id, "workflowId" as "workflowId", status, finished, mode, "createdAt" as "createdAt",
	"startedAt" as "startedAt", "stoppedAt" as "stoppedAt", "waitTill" as "waitTill"`;

/** Reads executions and their run data from `pg` (startPostgres); `bin` is n8n's binary, for its `flatted`. */
export function executionStore(pg, bin) {
	// n8n keeps run data as a `flatted` string; decode it with n8n's own copy.
	const { parse } = createRequire(join(dirname(dirname(bin)), 'n8n', 'package.json'))('flatted');
	return {
		/** Every execution (no run data), oldest first; `where` is an optional SQL condition. */
		list: (where = 'true') => pg.query(`select ${COLUMNS} from execution_entity where ${where} and "deletedAt" is null order by id`),
		/** The highest execution id so far (0 when none). */
		async lastId() {
			const [row] = await pg.query('select coalesce(max(id::int), 0) as id from execution_entity');
			return row.id;
		},
		/** One execution with `data` (IRunExecutionData) decoded, or undefined. */
		async get(id) {
			const [row] = await pg.query(
				`select ${COLUMNS}, d.data as data from execution_entity e left join execution_data d on d."executionId" = e.id where e.id = ${Number(id)}`,
			);
			if (!row) return undefined;
			return { ...row, data: row.data ? parse(row.data) : undefined };
		},
		/** Binary data rows that n8n stored in the database for an execution (binary data mode `database`). */
		binaryFiles: (id) =>
			pg.query(
				`select "fileId" as "fileId", "mimeType" as "mimeType", "fileName" as "fileName", "fileSize" as "fileSize" from binary_data where "sourceType" = 'execution' and "sourceId" = '${Number(id)}'`,
			),
	};
}

/** The error message of a run (its resultData.error), if any. */
export const runErrorMessage = (execution) => {
	const error = execution?.data?.resultData?.error;
	if (!error) return undefined;
	return [error.node?.name, error.message].filter(Boolean).join(': ');
};

/** Output items of one node in a decoded execution. */
export const outputItems = (execution, node) => execution?.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? [];
