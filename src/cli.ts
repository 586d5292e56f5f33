// The commander program: a table of commands, each lazily importing its module when it runs, and the
// one error boundary that turns errors into messages and exit codes.
import { Command, CommanderError } from 'commander';
import { processContext, type Ctx } from './platform/context.ts';
import { safeOutput } from './platform/safe-output.ts';
import { EnvError, EXIT, TtError } from './core/errors.ts';
import { changeCount } from './store/io.ts';
import { registerFoundation } from './cli/foundation.ts';
import { registerAreas } from './cli/areas.ts';
import { errnoFailure } from './cli/errno.ts';
import type { Runner } from './cli/runner.ts';

const VERSION = '0.1.0';

/** Stands in for the commands not being run: every call on it does nothing and returns it again. */
const ignored: unknown = new Proxy(() => ignored, { get: () => () => ignored });

/** Commands run often enough that building only their own part of the table pays (see main); the
 * same list picks dist/hot.js in bin/tt.js and scripts/build.mjs. */
const HOT = new Set(['start', 'stop', 'status', 'continue', 'cancel']);

/** The program; with `only`, just that top-level command is really built, the rest are ignored. */
export function buildProgram(ctx: Ctx, setExit: (code: number) => void, only?: string): Command {
  const program = new Command('tt')
    .description('Capture billable time as the work happens, and prove from evidence what an invoice left out.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  tt client add acme --rate 90 --currency USD --round 6m
  tt start acme/web +bugfix --estimate 30m
  tt stop --at "5 minutes ago"
  tt log --week
  tt reconcile --last-week

Exit codes: 0 ok, 1 audit flagged a client, 2 bad usage or input, 3 damaged data, 4 environment, 70 bug.
Data folder: $TT_HOME, else $XDG_DATA_HOME/tt, else ~/.local/share/tt.`,
  );
  const run: Runner = (load) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const mod = await load();
    const code = await mod.run(ctx, { args: cmd.args, opts: cmd.opts(), command: cmd });
    if (typeof code === 'number') setExit(code);
  };
  if (only) {
    const real = program.command.bind(program) as (...a: unknown[]) => Command;
    program.command = ((nameAndArgs: string, ...rest: unknown[]) => (nameAndArgs.split(' ')[0] === only ? real(nameAndArgs, ...rest) : ignored)) as Command['command'];
  }
  registerFoundation(program, run);
  // The hot commands are all foundation commands; the other areas are built only when needed.
  if (!only || !program.commands.length) registerAreas(program, run);
  delete (program as Partial<Command>).command; // back to Command.prototype.command
  program.commands.forEach((c) => applyExitOverride(c, ctx));
  return program;
}

function applyExitOverride(cmd: Command, ctx: Ctx): void {
  cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });
  cmd.commands.forEach((c) => applyExitOverride(c, ctx));
}

/** Runs tt with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], given: Ctx): Promise<number> {
  // Hostile input is data: no command prints a control character from user text raw (see safe-output.ts).
  const ctx = safeOutput(given);
  let exit = 0;
  // Registering every command with its options takes milliseconds, and `tt status` has about 15 to
  // spend beyond Node's own start (issue 2, "Speed"): the timer commands build only themselves.
  // Help asks for the whole table.
  const first = argv[0] ?? '';
  const only = HOT.has(first) && !argv.includes('--help') && !argv.includes('-h') ? first : undefined;
  const program = buildProgram(ctx, (c) => (exit = c), only);
  const changes = changeCount();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    return changeCount() === changes ? report(err, ctx) : reportAfterChange(err, ctx);
  }
}

/**
 * A command failed after its change was stored (printing the confirmation, a warning, the fold that
 * follows a start): it says what failed, and exits 0, since running it again would make the change
 * twice.
 */
function reportAfterChange(err: unknown, ctx: Ctx): number {
  const e = err as NodeJS.ErrnoException;
  const failure = err instanceof TtError || typeof e?.code !== 'string' ? err : new EnvError(`cannot finish: ${e.message}`);
  try {
    report(failure, ctx);
    ctx.err('  The change itself was saved: do not run the command again.\n');
  } catch {
    /* stderr is gone too: the exit code is all that is left to tell */
  }
  return EXIT.ok;
}

export function report(err: unknown, ctx: Ctx): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    // commander already printed its message; usage errors are exit 2 by our convention.
    return err.exitCode === 0 ? 0 : EXIT.usage;
  }
  if (err instanceof TtError) {
    if (err.message) ctx.err(`tt: ${err.message}\n`);
    if (err.hint) ctx.err(`  ${err.hint}\n`);
    return err.exitCode;
  }
  const env = errnoFailure(err, ctx);
  if (env) return report(env, ctx);
  const e = err as Error;
  ctx.err(`tt: internal error: ${e?.message ?? String(err)}\n${e?.stack ?? ''}\nThis is a bug in tt; please report it with the command you ran.\n`);
  return EXIT.bug;
}

const isEntry = process.argv[1] !== undefined && /(?:^|[\\/])(tt|cli)(\.js)?$/.test(process.argv[1]);
if (isEntry || process.env.TT_CLI_ENTRY === '1') {
  const ctx = safeOutput(processContext());
  main(process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.exitCode = report(err, ctx);
    },
  );
}
