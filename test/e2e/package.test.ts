// The package a stranger installs: `npm pack` of a clone with no dist/ (prepack builds it), installed
// with `npm install -g` into an empty prefix, runs tt there: the version, a timer, a PDF invoice (the
// font ships in templates/), a symbolic link of another name. Everything the bundle loads at run time
// must be a dependency of the package, not a devDependency. Real processes: this is how it is installed.
// Packed and installed once for the file (a copy of the repo is built, so the repo's own dist/ is
// never swapped while other tests run it).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ttEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

/** What a clone holds that the build and the pack read (no dist/, no tests); node_modules is linked. */
const CLONE = ['bin', 'src', 'scripts', 'templates', 'package.json', 'package-lock.json', 'tsconfig.json', 'README.md'];

interface Packed {
  prefix: string;
  installed: string; // the package folder inside the prefix
  files: string[]; // paths in the tarball
  bin: string; // <prefix>/bin/tt
}

let packed: Packed;

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  const clone = tempDir('tt-clone-');
  for (const name of CLONE) cpSync(join(ROOT, name), join(clone, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  const out = tempDir('tt-pack-');
  const report = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], clone)) as { filename: string; files: { path: string }[] }[];
  const prefix = tempDir('tt-prefix-');
  // The npm cache holds every dependency after `npm ci`; the registry is asked only when it does not.
  run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', join(out, report[0]!.filename)], out);
  packed = { prefix, installed: join(prefix, 'lib', 'node_modules', PKG.name), files: report[0]!.files.map((f) => f.path), bin: join(prefix, 'bin', 'tt') };
}, 300_000);

/** Runs an installed command by its path, as a shell would (`#!/usr/bin/env node` finds this Node). */
function runAs(path: string, args: string[], env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path, args, { env: { ...env, PATH: `${dirname(process.execPath)}:/usr/bin:/bin` }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the package from npm pack', () => {
  it('is not named tt (taken on the registry) and installs the tt command', () => {
    expect(PKG.name).not.toBe('tt');
    expect(Object.keys(PKG.bin)).toEqual(['tt']);
    expect(existsSync(packed.bin)).toBe(true);
  });

  it('holds the built bundles, the templates and the font, and no sources or tests', () => {
    for (const f of ['bin/tt.js', 'dist/cli.cjs', 'dist/timers.cjs', 'dist/pdf.cjs', 'templates/fonts/NotoSans-Regular.ttf', 'templates/invoice/invoice.html', 'templates/hooks/post-commit.sh', 'templates/shell/tt.bash', 'package.json', 'README.md']) {
      expect(packed.files, f).toContain(f);
    }
    expect(packed.files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });

  it('declares as dependencies every package the bundle loads at run time', () => {
    const loaded = new Set<string>();
    for (const f of readdirSync(join(packed.installed, 'dist')).filter((n) => n.endsWith('.cjs'))) {
      const code = readFileSync(join(packed.installed, 'dist', f), 'utf8');
      for (const m of code.matchAll(/(?:require|import)\("([^".][^"]*)"\)/g)) {
        if (!m[1]!.startsWith('node:') && !['fs', 'module', 'stream', 'url', 'zlib', 'path', 'os', 'util', 'events', 'assert', 'buffer'].includes(m[1]!)) loaded.add(m[1]!);
      }
    }
    // Loaded by name at run time (src/platform/own-files.ts requireOwn), which no pattern above sees.
    for (const f of readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
      for (const m of readFileSync(join(ROOT, 'src', f), 'utf8').matchAll(/requireOwn\('([^']+)'\)/g)) loaded.add(m[1]!);
    }
    expect(loaded.size).toBeGreaterThan(0);
    const req = createRequire(join(packed.installed, 'dist', 'cli.cjs'));
    for (const name of loaded) {
      const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
      expect(Object.keys(PKG.dependencies), `${name} is loaded at run time`).toContain(pkg);
      expect(() => req.resolve(name), name).not.toThrow();
    }
  });

  it('runs tt --version, a timer and a PDF invoice from the installed package', () => {
    const { env, home } = ttEnv({ now: '2026-11-06T17:00:00Z' });
    const tt = (args: string[]): string => {
      const r = runAs(packed.bin, args, env);
      expect(r.code, `tt ${args.join(' ')}: ${r.stderr}`).toBe(0);
      return r.stdout;
    };
    expect(tt(['--version'])).toBe(`${PKG.version}\n`);
    tt(['client', 'add', 'acme', '--rate', '90', '--currency', 'EUR']);
    expect(tt(['start', 'acme', '--at', '09:00'])).toContain('Started acme');
    expect(tt(['stop'])).toContain('after 9:00 (09:00–18:00)');
    const log = JSON.parse(tt(['log', '--json'])) as { entries: { client: string; hours: number }[] };
    expect(log.entries.map((e) => [e.client, e.hours])).toEqual([['acme', 9]]);
    tt(['config', 'set', 'invoice.smallBusiness', 'true']);
    const pdf = join(dirname(home), 'acme.pdf');
    tt(['invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--out', pdf]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('runs through a symbolic link named timetrack to the installed bin', () => {
    const { env } = ttEnv();
    const link = join(tempDir(), 'timetrack');
    symlinkSync(join(packed.installed, 'bin', 'tt.js'), link);
    expect(runAs(link, ['--version'], env).stdout).toBe(`${PKG.version}\n`);
    expect(runAs(link, ['log'], env)).toMatchObject({ code: 0, stderr: '' });
    expect(runAs(link, ['log', '--json'], env).stdout).toContain('"entries": []');
  });
});
