// Preloaded into a process by bench/strip-threads.ts (`node --require
// bench/thread-cpu.cjs ...`): as the process exits, writes to stderr one line
// `thread-cpu {"main":ms,"other":[ms,...]}`, the CPU time (user + system, from
// /proc/self/task/*/stat, 10 ms ticks) of its main thread and of every other
// thread (V8's platform workers: concurrent TurboFan compilation and GC
// helpers; libuv's pool). Linux only; prints nothing elsewhere.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
	let tasks;
	try {
		tasks = fs.readdirSync('/proc/self/task');
	} catch {
		return;
	}

	const cpu = task => {
		const stat = fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// utime and stime are fields 14 and 15 of the line; fields[0] is its third.
		return (Number(fields[11]) + Number(fields[12])) * 10;
	};

	const main = String(process.pid);
	const other = [];
	let mainMs = 0;
	for (const task of tasks) {
		try {
			if (task === main) mainMs = cpu(task);
			else other.push(cpu(task));
		} catch {
			// The thread ended meanwhile.
		}
	}

	fs.writeSync(2, `thread-cpu ${JSON.stringify({main: mainMs, other})}\n`);
});
