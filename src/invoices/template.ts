// A Mustache subset for invoice templates: {{name}} (escaped for the output format), {{{name}}} (as
// is), {{#name}}…{{/name}} (each item of a list, or once when truthy), {{^name}}…{{/name}} (when
// empty or false). Forty lines instead of a dependency, and the escaping is per format (HTML, CSV,
// Markdown), which the templates cannot forget.

type Node = string | { tag: '' | '&'; name: string } | { tag: '#' | '^'; name: string; body: Node[] };

const TOKEN = /\{\{\{\s*([\w.]+)\s*\}\}\}|\{\{([#^/&]?)\s*([\w.]+)\s*\}\}/g;

function parse(tpl: string): Node[] {
  // A line holding only a section tag leaves no blank line behind, as in Mustache.
  const text = tpl.replace(/^[ \t]*(\{\{[#^/][^}]*\}\})[ \t]*\r?\n/gm, '$1');
  const root: Node[] = [];
  const stack: { name: string; nodes: Node[] }[] = [{ name: '', nodes: root }];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) top.nodes.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [tag, name] = m[1] !== undefined ? ['&', m[1]] : [m[2] ?? '', m[3]!];
    if (tag === '#' || tag === '^') {
      const body: Node[] = [];
      top.nodes.push({ tag, name, body });
      stack.push({ name, nodes: body });
    } else if (tag === '/') {
      if (top.name !== name) throw new Error(`template: {{/${name}}} closes ${top.name ? `{{#${top.name}}}` : 'nothing'}`);
      stack.pop();
    } else {
      top.nodes.push({ tag: tag as '' | '&', name });
    }
  }
  if (stack.length > 1) throw new Error(`template: {{#${stack[stack.length - 1]!.name}}} is never closed`);
  if (last < text.length) root.push(text.slice(last));
  return root;
}

function lookup(stack: readonly unknown[], name: string): unknown {
  if (name === '.') return stack[stack.length - 1];
  const [head, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const ctx = stack[i];
    if (ctx !== null && typeof ctx === 'object' && head! in ctx) {
      return rest.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), (ctx as Record<string, unknown>)[head!]);
    }
  }
  return undefined;
}

function emit(nodes: readonly Node[], stack: unknown[], escape: (s: string) => string): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += n;
    else if (!('body' in n)) {
      const v = lookup(stack, n.name);
      const s = v === null || v === undefined ? '' : String(v);
      out += n.tag === '' ? escape(s) : s;
    } else {
      const v = lookup(stack, n.name);
      const empty = !v || (Array.isArray(v) && v.length === 0);
      if (n.tag === '^') out += empty ? emit(n.body, stack, escape) : '';
      else if (Array.isArray(v)) for (const item of v) out += emit(n.body, [...stack, item], escape);
      else if (!empty) out += emit(n.body, [...stack, v], escape);
    }
  }
  return out;
}

export function renderTemplate(tpl: string, view: object, escape: (s: string) => string): string {
  return emit(parse(tpl), [view], escape);
}
