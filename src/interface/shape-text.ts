// A JSON document's zod schema as a short, readable shape for docs/interface.md: TypeScript-like
// (`field: string | null  // what it is`), read from the schema's JSON Schema (z.toJSONSchema), so
// the page shows exactly what the test holds the real output to. Named parts (`Entry`) are shown
// by name and once on their own.
import * as z from 'zod';

type Node = {
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  additionalProperties?: Node | boolean;
  $ref?: string;
  id?: string;
};

const DEFS = '#/$defs/';

function inline(n: Node, pad: string): string {
  if (n.$ref?.startsWith(DEFS)) return n.$ref.slice(DEFS.length);
  const alts = n.anyOf ?? n.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    const parts = nonNull.map((a) => inline(a, pad));
    const text = nonNull.every((a) => a.type === 'object') && nonNull.length > 1 ? parts.join(`\n${pad}| `) : parts.join(' | ');
    return nonNull.length < alts.length ? `${text} | null` : text;
  }
  if (n.const !== undefined) return JSON.stringify(n.const);
  if (n.enum) return n.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (n.type === 'array') {
    const item = inline(n.items ?? {}, pad);
    return /[| ]/.test(item) && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
  }
  if (n.type === 'object') {
    if (!n.properties) return typeof n.additionalProperties === 'object' ? `{ [key: string]: ${inline(n.additionalProperties, pad)} }` : '{}';
    const inner = `${pad}  `;
    const lines = Object.entries(n.properties).map(([k, v]) => {
      const opt = n.required?.includes(k) ? '' : '?';
      const note = v.description ?? (v.anyOf ?? v.oneOf)?.find((a) => a.description)?.description;
      return `${inner}${k}${opt}: ${inline(v, inner)}${note ? `  // ${note}` : ''}`;
    });
    return `{\n${lines.join('\n')}\n${pad}}`;
  }
  if (n.type === 'integer') return 'number';
  return Array.isArray(n.type) ? n.type.join(' | ') : (n.type ?? 'unknown');
}

/** The shape of one document, then the named parts it uses (`Entry = { … }`). */
export function shapeText(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Node & { $defs?: Record<string, Node> };
  const named = Object.entries(json.$defs ?? {}).map(([name, def]) => `\n${name} = ${inline(def, '')}`);
  return `${inline(json, '')}${named.join('')}`;
}
