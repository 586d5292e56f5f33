// The review command: reconcile's untracked time as drafts to accept. Its module (and ink with it)
// loads only when `tt review` runs.
import { examples, type Register } from './wire.ts';

export const review = {
  review: (program, run) => {
    program
      .command('review')
      .description('turn untracked time from evidence into entries: a draft to accept, not a blank page')
      .option('--week', 'this week, Monday to Sunday (the default)')
      .option('--last-week', 'last week, Monday to Sunday')
      .option('--since <day>', 'first day (YYYY-MM-DD, yesterday, monday, "3 days ago")')
      .option('--until <day>', 'last day, inclusive (with --since)')
      .option('--print', 'print the draft as text instead of opening the review screen')
      .option('--json', 'print the draft as JSON')
      .option('--accept-all', 'add every draft as an entry without the screen (needs --yes)')
      .option('--yes', 'confirm --accept-all')
      .addHelpText(
        'after',
        `${examples('tt review', 'tt review --last-week', 'tt review --since 2026-11-01 --until 2026-11-15 --print', 'tt review --week --accept-all --yes', 'tt review --json')}
Keys on the screen: ↑↓ draft, ←→ day, a or Enter accept, A accept the day, s skip, e edit start and
end, c change client/project, o the other client of a conflict, x split, m merge with the next,
u undo, q save and quit (Ctrl-C too). Accepted drafts become entries with source review; one
\`tt undo\` reverts a whole review session.
`,
      )
      .action(run(async (ctx, opts) => (await import('../commands/review.ts')).review(ctx, opts)));
  },
} satisfies Record<string, Register>;
