// Colour only on a terminal and never with NO_COLOR: a Chalk instance per context.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Ctx } from '../context.ts';

export function paint(ctx: Pick<Ctx, 'color'>): ChalkInstance {
  return new Chalk({ level: ctx.color ? 1 : 0 });
}
