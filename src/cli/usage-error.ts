// commander's parse errors (an unknown command or option, a missing argument, a bad choice) worded as
// every other error of tt: `tt: what went wrong`, then a hint naming what was meant or where to read.
import type { CommanderError, CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import { UsageError } from '../core/errors.ts';
import { orList, similar } from '../core/similar.ts';

/** The command `argv` runs (the deepest one its leading words name), and the words after its name. */
function commandOf(program: Command, argv: readonly string[]): { cmd: Command; rest: string[] } {
  let cmd = program;
  let i = 0;
  for (; i < argv.length; i++) {
    const word = argv[i]!;
    const sub = cmd.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    cmd = sub;
  }
  return { cmd, rest: argv.slice(i) };
}

function pathOf(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return ['tt', ...names].join(' ');
}

/** The long options `cmd` takes, its parents' included (as commander reads them). */
function longOptions(cmd: Command): string[] {
  const out: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) for (const o of c.createHelp().visibleOptions(c)) if (o.long) out.push(o.long);
  return out;
}

/**
 * commander checks required options before it looks for unknown ones, so `tt add acme --form 10:00`
 * would report a missing --from. The unknown option is the mistake to name: the first one, if any.
 */
function unknownOption(cmd: Command, rest: string[]): string | undefined {
  try {
    return cmd.parseOptions(rest).unknown.find((w) => w.startsWith('-'));
  } catch {
    return undefined; // a bad value for a known option: commander's own message stands
  }
}

const didYouMean = (meant: string[]): string => (meant.length ? `Did you mean ${orList(meant)}? ` : '');

/** The UsageError (exit 2) that says what commander found wrong with `argv`. */
export function usageError(err: CommanderError, program: Command, argv: readonly string[]): UsageError {
  const { cmd, rest } = commandOf(program, argv);
  const where = pathOf(cmd);
  // commander's message, less its "error: " and its own "(Did you mean ...?)" line.
  let what = err.message.replace(/^error: /, '').replace(/\n[\s\S]*$/, '');
  let code = err.code;
  if (code === 'commander.missingMandatoryOptionValue' || code === 'commander.conflictingOption') {
    const flag = unknownOption(cmd, rest);
    if (flag) [code, what] = ['commander.unknownOption', `unknown option '${flag}'`];
  }
  const named = /'([^']*)'/.exec(what)?.[1] ?? '';
  if (code === 'commander.unknownOption') {
    const meant = named.startsWith('--') ? similar(named, longOptions(cmd)) : [];
    return new UsageError(what, `${didYouMean(meant)}\`${where} --help\` lists its options.`);
  }
  if (code === 'commander.unknownCommand') {
    const names = cmd.createHelp().visibleCommands(cmd).map((c) => c.name());
    return new UsageError(what, `${didYouMean(similar(named, names))}\`${where} --help\` lists the commands.`);
  }
  return new UsageError(what, `See \`${where} --help\`.`);
}
