// Names in reconcile's rows and gaps sort as a person reads a list: case does not split them apart.
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/core/name-order.ts';

describe('compareNames', () => {
  it('sorts case-insensitively, then by the exact name', () => {
    expect(['beta', 'Zeta', 'acme', 'alpha', 'Acme', 'émile'].sort(compareNames)).toEqual(['Acme', 'acme', 'alpha', 'beta', 'Zeta', 'émile']);
  });
});
