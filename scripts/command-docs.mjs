// The pages of docs/commands/: one per command, each the command's own `--help` (usage, options,
// examples), walked from the command table, plus an index. scripts/docs.mjs writes them from
// the build (`npm run docs`); test/e2e/command-docs.test.ts makes them again from src/ and fails when
// a committed page says something other than `--help` does.

/** The area page (docs/*.md) that explains a top-level command at length. */
const AREA = {
  start: 'timers', stop: 'timers', status: 'timers', add: 'timers', continue: 'timers', cancel: 'timers',
  edit: 'timers', delete: 'timers', undo: 'timers', redo: 'timers', log: 'timers', client: 'timers',
  config: 'timers', doctor: 'timers', completion: 'timers', fold: 'reliability',
  hooks: 'capture', 'shell-init': 'capture', activity: 'capture', calendar: 'calendar', reconcile: 'reconcile',
  invoice: 'invoices', report: 'report', export: 'report', review: 'review', import: 'import',
  sync: 'sync', device: 'sync', audit: 'audit',
};

/**
 * Every command a user can type, as paths of names (`['invoice', 'create']`), in `tt --help` order:
 * the commands without subcommands, and those that run on their own too (`tt sync`, `tt sync init`).
 */
export function commandPaths(cmd, path = []) {
  const subs = cmd.commands.filter((c) => !c._hidden && c.name() !== 'help');
  const self = path.length && (!subs.length || cmd._actionHandler) ? [path] : [];
  return [...self, ...subs.flatMap((c) => commandPaths(c, [...path, c.name()]))];
}

/** A command's page name: `invoice-create.md`. */
export const pageName = (path) => `${path.join('-')}.md`;

const HEAD = '<!-- Made by `npm run docs` from the command table (src/cli/); edit the command, not this page. -->';

/**
 * Every page of docs/commands/ by file name. `buildProgram(ctx, setExit)` and `main(argv, ctx)` are
 * tt's (from src/cli.ts or dist/cli.cjs); `makeCtx()` gives a context whose output `--help` fills
 * (`{ ctx, stdout: string[] }`).
 */
export async function commandPages(buildProgram, main, makeCtx) {
  const helpOf = async (path) => {
    const { ctx, stdout } = makeCtx();
    const code = await main([...path, '--help'], ctx);
    if (code !== 0) throw new Error(`tt ${path.join(' ')} --help exited ${code}`);
    return stdout.join('').replace(/\s+$/, '');
  };
  const program = buildProgram(makeCtx().ctx, () => {});
  const pages = new Map();
  const rows = [];
  for (const path of commandPaths(program)) {
    let cmd = program;
    for (const name of path) cmd = cmd.commands.find((c) => c.name() === name);
    const area = AREA[path[0]];
    const about = cmd.description().split('\n')[0];
    rows.push(`| [tt ${path.join(' ')}](${pageName(path)}) | ${about.replace(/\|/g, '\\|')} |`);
    pages.set(pageName(path), [
      HEAD, '', `# tt ${path.join(' ')}`, '', about, '', '```', await helpOf(path), '```', '',
      ...(area ? [`More: [${area}.md](../${area}.md). Exit codes, environment and \`--json\` shapes: [interface.md](../interface.md).`] : []),
      '',
    ].join('\n'));
  }
  pages.set('index.md', [
    HEAD, '', '# Commands', '',
    'Every tt command, with its `--help` (usage, options, examples). The same text is what `tt COMMAND',
    '--help` prints. The areas at length: [docs/](../index.md).', '',
    '```', await helpOf([]), '```', '',
    '| command | what it does |', '| --- | --- |', ...rows, '',
  ].join('\n'));
  return pages;
}
