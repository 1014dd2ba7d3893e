// The built command line run as a user runs it (node dist/cli.js), for tests of what dist/ does.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** dist/cli.js of this checkout (npm test builds it first). */
export const builtCli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');

/** `node dist/cli.js ARGS` with only PATH and `env` in its environment: exit status, stdout, stderr. */
export const runBuilt = (args: readonly string[], env: NodeJS.ProcessEnv): {status: number | null; stdout: string; stderr: string} => {
	const result = spawnSync(process.execPath, [builtCli, ...args], {env: {PATH: process.env['PATH'], ...env}, encoding: 'utf8'});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};
