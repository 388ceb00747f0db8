import { describe, expect, it } from 'vitest';
import { pathFromSearch, withPathParam } from './path-param';

describe('pathFromSearch', () => {
  it('reads the extended path and treats anything else as core', () => {
    expect(pathFromSearch('?path=extended')).toBe('extended');
    expect(pathFromSearch('')).toBe('core');
    expect(pathFromSearch('?path=core')).toBe('core');
    expect(pathFromSearch('?path=everything')).toBe('core');
  });
});

describe('withPathParam', () => {
  it('leaves core links bare and adds the extended path before a hash', () => {
    expect(withPathParam('/lessons/x/study/', 'core')).toBe('/lessons/x/study/');
    expect(withPathParam('/lessons/x/study/', 'extended')).toBe('/lessons/x/study/?path=extended');
    expect(withPathParam('/lessons/x/present/presenter/#slide=3', 'extended')).toBe(
      '/lessons/x/present/presenter/?path=extended#slide=3',
    );
    expect(withPathParam('/a/?b=1', 'extended')).toBe('/a/?b=1&path=extended');
  });
});
