// One way every command reads its arguments: node:util parseArgs (strict),
// with `--help` and `--color` for all, and the parser's errors turned into one
// `copydesk:` line that names the command (exit status 2).
import {parseArgs, type ParseArgsConfig} from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
import {colorsDisabled} from '../render/palette.js';
import {UsageError, type CommandIo} from './io.js';

const common = {
	help: {type: 'boolean', short: 'h'},
	color: {type: 'string'},
} as const satisfies Options;

/**
 * Parses `argv` for `command` ("diff", "strip", "list", or "" for the reader).
 * Throws UsageError with one line for an unknown option, a missing value or a
 * value given to a flag.
 */
export const parseCommandArgs = <const O extends Options>(command: string, argv: string[], options: O) => {
	const name = command ? `copydesk ${command}` : 'copydesk';
	// `--width -5`: parseArgs takes "-5" for an option ("argument is ambiguous"); given as `--width=-5`
	// the value reaches the command, whose range check says what is wrong with it.
	const takesValue = new Set(Object.entries({...common, ...options}).filter(([, option]) => option.type === 'string').map(([long]) => `--${long}`));
	const args: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const next = argv[index + 1];
		if (takesValue.has(argv[index]!) && next !== undefined && /^-\d/.test(next)) {
			args.push(`${argv[index]}=${next}`);
			index++;
		} else args.push(argv[index]!);
	}

	try {
		const config = {args, allowPositionals: true, strict: true, options: {...common, ...options}} as const;
		return parseArgs<typeof config>(config);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
		const option = /option '([^']+)'/i.exec((error as Error).message)?.[1]?.replace(/^-\S, /, '').replace(/ <value>$/, '') ?? '';
		const what =
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
				? `unknown option ${option || (error as Error).message.split('.')[0]}`
				: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test((error as Error).message)
					? `${option} needs a value`
					: (error as Error).message.split('\n')[0]!.replace(/\.$/, '');
		throw new UsageError(`${what} for ${name} (see ${name} --help)`);
	}
};

/** `--color`'s values. */
export type ColorChoice = 'auto' | 'always' | 'never';

/**
 * Whether to write colors: `--color=always|never` decides; `auto` (the
 * default) gives colors on a terminal unless NO_COLOR is set (no-color.org) or
 * TERM is dumb, and FORCE_COLOR (as chalk and npm read it: set and not 0)
 * asks for them off a terminal too, unless NO_COLOR is set.
 */
export const colorChoice = (option: string | undefined, io: CommandIo): boolean => {
	const choice = option ?? 'auto';
	if (choice === 'always') return true;
	if (choice === 'never') return false;
	if (choice !== 'auto') throw new UsageError(`--color must be auto, always or never, not ${JSON.stringify(choice)}`);
	if (colorsDisabled(io.env)) return false;
	const force = io.env['FORCE_COLOR'];
	if (force !== undefined && force !== '0' && force !== 'false') return true;
	return Boolean(io.stdout.isTTY) && io.env['TERM'] !== 'dumb';
};

/** The narrowest `--width` every command accepts (diff, story, list): a side-by-side column, a story glyph column or a list row still fits. */
export const minimumWidth = 20;
/** The widest `--width` accepted. */
export const maximumWidth = 10_000;

/**
 * `--width`'s value as a number of columns, or undefined when not given. One rule for every
 * command: a whole number from minimumWidth to maximumWidth; throws UsageError otherwise.
 */
export const widthOption = (value: string | undefined): number | undefined => {
	if (value === undefined) return undefined;
	const width = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
	if (!(Number.isInteger(width) && width >= minimumWidth && width <= maximumWidth)) {
		throw new UsageError(`--width must be a number of columns from ${minimumWidth} to ${maximumWidth}, not ${JSON.stringify(value)}`);
	}
	return width;
};
