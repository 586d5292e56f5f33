// Fonts for PDF invoices. tt ships Noto Sans (Latin, Greek, Cyrillic; templates/fonts/, 260 KB)
// and embeds the glyphs a document uses. Text in another script (Japanese, Chinese, Korean, Arabic…)
// is set in a font of this machine that has every character of that text: first the font files or
// folders named in TT_FONTS, then what fontconfig's `fc-match` proposes, then the usual places of
// macOS and Windows. Shipping a CJK font would add 10-20 MB to the package, and a subset of it
// would still miss names; every desktop with such a script has a font for it. When none covers a
// text, the PDF is refused (exit 4) with the characters and the place they appear, never printed as
// empty boxes.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import * as fontkit from 'fontkit';
import { EnvError } from '../../core/errors.ts';
import type { Fs } from '../../platform/fs.ts';

export interface PdfFont {
  /** The name the PDF renderer registers it under. */
  name: string;
  data: Buffer;
  /** The face's PostScript name, for a face in a collection (.ttc). */
  face?: string;
  font: fontkit.Font;
  file: string;
}

export interface FontEnv {
  fs: Fs;
  env: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Runs fontconfig's fc-match; null when it is not there. Tests pass their own. */
  fcMatch?: (pattern: string) => string | null;
}

/** The shipped fonts: beside dist/ in a package, beside src/ in a checkout. */
export function shippedFonts(fs: Fs, templates: string): { regular: PdfFont; bold: PdfFont } {
  const load = (weight: string): PdfFont => {
    const file = join(templates, '..', 'fonts', `NotoSans-${weight}.ttf`);
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (err) {
      throw new EnvError(`cannot read tt's font ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'Reinstall tt: templates/fonts/ ships with it.');
    }
    return { name: weight.toLowerCase(), data, font: fontkit.create(data) as fontkit.Font, file };
  };
  return { regular: load('Regular'), bold: load('Bold') };
}

/** The characters of `text` the font has no glyph for (spaces and line breaks never count). */
export function missing(font: fontkit.Font, text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) out.add(ch);
  return [...out];
}

/** A text to set and where it appears on the document, for the message when no font has it. */
export interface Placed {
  text: string;
  where: string;
}

/**
 * For every text the shipped font cannot set, the machine's font that can: a map from text to font.
 * Throws EnvError naming the characters and where they appear when no font has them all.
 */
export function fallbackFonts(base: fontkit.Font, texts: readonly Placed[], e: FontEnv): Map<string, PdfFont> {
  const need = texts.filter((t) => missing(base, t.text).length);
  const chosen = new Map<string, PdfFont>();
  if (!need.length) return chosen;
  const loaded: PdfFont[] = [];
  const tried = new Set<string>();
  const faces = (file: string): PdfFont[] => {
    if (tried.has(file)) return [];
    tried.add(file);
    const got = loadFaces(e.fs, file, `fallback${loaded.length}`);
    loaded.push(...got);
    return got;
  };
  const missingAll: Placed[] = [];
  for (const t of need) {
    const chars = missing(base, t.text);
    const fits = (f: PdfFont): boolean => chars.every((ch) => f.font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    let font = loaded.find(fits);
    for (const file of font ? [] : candidates(chars, e)) {
      font = faces(file).find(fits);
      if (font) break;
    }
    if (font) chosen.set(t.text, font);
    else missingAll.push(t);
  }
  if (missingAll.length) {
    const list = missingAll.slice(0, 3).map((t) => `${missing(base, t.text).slice(0, 8).join('')} (${t.where})`);
    throw new EnvError(
      `no font on this machine has the characters ${list.join(', ')}; the PDF was not written`,
      'Install a font for that script (Debian: fonts-noto-cjk for Chinese, Japanese and Korean; fonts-noto-core for most others), or name a font file or folder in TT_FONTS. The HTML invoice (--format html) shows it with the browser\'s fonts.',
    );
  }
  return chosen;
}

/** Font files to try, best first: TT_FONTS, fontconfig's choice for these characters, known places. */
function candidates(chars: readonly string[], e: FontEnv): string[] {
  const out: string[] = [];
  for (const item of (e.env.TT_FONTS ?? '').split(delimiter).filter(Boolean)) out.push(...fontFiles(e.fs, item));
  const hex = chars.map((c) => c.codePointAt(0)!.toString(16)).join(' ');
  const lang = chars.some((c) => /[\u3040-\u30ff]/.test(c)) ? ':lang=ja' : chars.some((c) => /[\uac00-\ud7af]/.test(c)) ? ':lang=ko' : '';
  const listed = (e.fcMatch ?? runFcMatch)(`sans-serif:charset=${hex}${lang}`);
  if (listed) out.push(...listed.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12));
  out.push(...KNOWN[e.platform ?? process.platform] ?? KNOWN.linux!);
  return [...new Set(out)].filter((f) => isFile(e.fs, f));
}

/** The files of a TT_FONTS item: the file itself, or the font files directly in the folder. */
function fontFiles(fs: Fs, item: string): string[] {
  try {
    if (!fs.statSync(item).isDirectory()) return [item];
    return fs.readdirSync(item).filter((n) => /\.(ttf|otf|ttc)$/i.test(n)).sort().map((n) => join(item, n));
  } catch {
    return [];
  }
}

function isFile(fs: Fs, path: string): boolean {
  try {
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Every face of a font file (one, or each of a collection); none when it is not a font fontkit reads. */
function loadFaces(fs: Fs, file: string, name: string): PdfFont[] {
  try {
    const data = fs.readFileSync(file);
    const f = fontkit.create(data);
    if ('fonts' in f) return f.fonts.map((face, i) => ({ name: `${name}-${i}`, data, face: face.postscriptName, font: face, file }));
    return [{ name, data, font: f, file }];
  } catch {
    return [];
  }
}

/** fc-match's ranked font files for a pattern (it sorts fonts holding the charset first); null without fontconfig. */
function runFcMatch(pattern: string): string | null {
  const r = spawnSync('fc-match', ['-s', '-f', '%{file}\n', pattern], { encoding: 'utf8', timeout: 5000, maxBuffer: 4 << 20 });
  return r.status === 0 ? r.stdout : null;
}

/** Where systems without fontconfig keep fonts for other scripts. */
const KNOWN: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: [
    '/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc',
    '/System/Library/Fonts/Hiragino Sans GB.ttc',
    '/System/Library/Fonts/AppleSDGothicNeo.ttc',
    '/System/Library/Fonts/Supplemental/Arial Unicode.ttf',
    '/Library/Fonts/Arial Unicode.ttf',
  ],
  win32: ['C:\\Windows\\Fonts\\YuGothR.ttc', 'C:\\Windows\\Fonts\\meiryo.ttc', 'C:\\Windows\\Fonts\\msgothic.ttc', 'C:\\Windows\\Fonts\\msyh.ttc', 'C:\\Windows\\Fonts\\malgun.ttf', 'C:\\Windows\\Fonts\\arialuni.ttf'],
  linux: [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
    '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  ],
};
