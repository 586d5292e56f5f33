// The commander program over a table of commands, and the one error boundary that turns errors into
// messages and exit codes. src/cli.ts runs it with every command, src/timers.ts with the timers.
import { Command, CommanderError } from '@commander-js/extra-typings';
import { processContext, type Ctx } from '../platform/context.ts';
import { safeOutput } from '../platform/safe-output.ts';
import { EnvError, EXIT, TtError } from '../core/errors.ts';
import { changeCount } from '../store/io.ts';
import { errnoFailure } from '../store/errno.ts';
import type { Commands } from './table.ts';
import { usageError } from './usage-error.ts';
import type { Run } from './wire.ts';
import pkg from '../../package.json' with { type: 'json' };

/** The program with `commands`; a command's exit code goes to `setExit`. */
export function buildProgram(ctx: Ctx, setExit: (code: number) => void, commands: Commands): Command {
  const program = new Command('tt')
    .description('Capture billable time as the work happens, and prove from evidence what an invoice left out.')
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(true)
    // commander's errors are worded by usageError, as tt's own are: commander prints none. Help is
    // as wide as the terminal tt writes to, else 80 columns (a pipe, a test, docs/commands/).
    .configureOutput({
      writeOut: (s) => ctx.out(s),
      writeErr: (s) => ctx.err(s),
      outputError: () => {},
      getOutHelpWidth: () => (ctx.isTTY && process.stdout.columns) || 80,
      getErrHelpWidth: () => (ctx.isTTY && process.stderr.columns) || 80,
    })
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
  const run: Run = (command) => async (...args) => {
    const code = await command(ctx, ...args);
    if (typeof code === 'number') setExit(code);
  };
  for (const register of Object.values(commands)) register(program, run);
  return program;
}

/** commander's exits that are not errors: help or the version, printed already. */
const QUIET = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** Runs tt with `argv` (without node and script) and returns the exit code. */
export async function runArgv(commands: Commands, argv: string[], given: Ctx): Promise<number> {
  // Hostile input is data: no command prints a control character from user text raw (see safe-output.ts).
  const ctx = safeOutput(given);
  let exit = 0;
  const program = buildProgram(ctx, (c) => (exit = c), commands);
  const changes = changeCount();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    const failure = err instanceof CommanderError && !QUIET.has(err.code) && err.exitCode !== 0 ? usageError(err, program, argv) : err;
    return changeCount() === changes ? report(failure, ctx) : reportAfterChange(failure, ctx);
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
  if (err instanceof CommanderError) return QUIET.has(err.code) || err.exitCode === 0 ? 0 : EXIT.usage;
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

/** tt as bin/tt.js runs it: this process's arguments, context and exit code. */
export function runProcess(commands: Commands): void {
  const ctx = safeOutput(processContext());
  runArgv(commands, process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.exitCode = report(err, ctx);
    },
  );
}
