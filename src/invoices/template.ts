// Invoice templates are Mustache (the mustache package): {{name}} is escaped for the output format
// (HTML entities, CSV quoting and formula guard, Markdown backslashes: render.ts), {{{name}}} is not,
// {{#list}}…{{/list}} repeats, {{^x}}…{{/x}} shows when x is empty. The escape is passed per render,
// so a template cannot forget it. A template is text, never code: Mustache has no expressions, the
// view holds no functions, and partials ({{> x}}) resolve to nothing.
import Mustache from 'mustache';

export function renderTemplate(tpl: string, view: object, escape: (s: string) => string): string {
  return Mustache.render(tpl, view, {}, { escape: (v: unknown) => escape(String(v)) });
}
