// What `tt doctor` prints: one line per check (ok, or each finding with what to do), then a verdict;
// or, with --json, one document: every check with its findings, and the flat list of findings that
// earlier versions printed (kept for scripts written against them).
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { printJson } from '../ui/entry-json.ts';
import { exitCode, severity, type CheckResult, type Finding } from './check.ts';

export function doctorJson(ctx: Ctx, root: string, results: readonly CheckResult[]): void {
  const code = exitCode(results);
  printJson(ctx.out, {
    dataDir: root,
    ok: code === 0,
    exitCode: code,
    checks: results.map((r) => ({
      name: r.name,
      covers: r.covers,
      ok: r.findings.every((f) => f.repaired || severity(f) === 'notice'),
      findings: r.findings.map((f) => ({ file: f.file, problem: f.problem, repaired: f.repaired, severity: severity(f), fix: f.fix ?? null })),
    })),
    findings: results.flatMap((r) => r.findings).map((f) => ({ file: f.file, problem: f.problem, repaired: f.repaired })),
  });
}

const LABEL = { damage: 'PROBLEM', unreadable: 'UNREADABLE', notice: 'note' } as const;

function label(f: Finding): string {
  return f.repaired ? 'repaired' : LABEL[severity(f)];
}

export function doctorText(ctx: Ctx, root: string, results: readonly CheckResult[], repair: boolean): void {
  const name = Math.max(...results.map((r) => r.name.length));
  const pad = ' '.repeat(2 + 10 + 1 + name + 2);
  const lines = [`tt doctor: ${root}`];
  for (const r of results) {
    if (!r.findings.length) {
      lines.push(`  ${'ok'.padEnd(10)} ${r.name}`);
      continue;
    }
    for (const f of r.findings) {
      lines.push(`  ${label(f).padEnd(10)} ${r.name.padEnd(name)}  ${f.file}`, `${pad}${f.problem}`);
      if (f.fix && !f.repaired) lines.push(`${pad}${f.fix}`);
    }
  }
  const open = results.flatMap((r) => r.findings).filter((f) => !f.repaired && severity(f) !== 'notice');
  const mended = results.flatMap((r) => r.findings).filter((f) => f.repaired).length;
  if (!open.length) lines.push(mended ? `Repaired ${count(mended, 'problem')}; all good now.` : 'All good.');
  else {
    const repairable = open.filter((f) => f.fix?.startsWith('`tt doctor --repair`')).length;
    const mend = !repair && repairable ? `; \`tt doctor --repair\` mends ${repairable} of them, keeping every damaged original in quarantine/` : '';
    lines.push(`${mended ? `Repaired ${count(mended, 'problem')}; ` : ''}${count(open.length, 'problem')} ${repair ? 'left' : 'found'}${mend}.`);
  }
  ctx.out(`${lines.join('\n')}\n`);
}
