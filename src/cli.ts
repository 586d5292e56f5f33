// The commander program: a table of commands, each lazily importing its module when it runs, and the
// one error boundary that turns errors into messages and exit codes.
import { Command, CommanderError } from 'commander';
import { processContext, type Ctx } from './context.ts';
import { EXIT, TtError } from './core/errors.ts';
import { registerFoundation } from './cli/foundation.ts';
import { registerAreas } from './cli/areas.ts';
import type { Runner } from './cli/runner.ts';

const VERSION = '0.1.0';

export function buildProgram(ctx: Ctx, setExit: (code: number) => void): Command {
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
  registerFoundation(program, run);
  registerAreas(program, run);
  program.commands.forEach((c) => applyExitOverride(c, ctx));
  return program;
}

function applyExitOverride(cmd: Command, ctx: Ctx): void {
  cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });
  cmd.commands.forEach((c) => applyExitOverride(c, ctx));
}

/** Runs tt with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], ctx: Ctx): Promise<number> {
  let exit = 0;
  const program = buildProgram(ctx, (c) => (exit = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    return report(err, ctx);
  }
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
  const e = err as Error;
  ctx.err(`tt: internal error: ${e?.message ?? String(err)}\n${e?.stack ?? ''}\nThis is a bug in tt; please report it with the command you ran.\n`);
  return EXIT.bug;
}

const isEntry = process.argv[1] !== undefined && /(?:^|[\\/])(tt|cli)(\.js)?$/.test(process.argv[1]);
if (isEntry || process.env.TT_CLI_ENTRY === '1') {
  const ctx = processContext();
  main(process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.exitCode = report(err, ctx);
    },
  );
}
