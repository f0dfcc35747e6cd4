import { describe, expect, it } from 'vitest';
import { entityHref, switchLangPath, viewHref } from './paths';

describe('URLs', () => {
  it('put the language first and keep only set parameters', () => {
    expect(viewHref('fr', 'gaps', { region: 'Africa', kinds: '' })).toBe('/fr/gaps?region=Africa');
    expect(entityHref('en', { id: 'US-IL', label: 'Jurisdiction' })).toBe('/en/jurisdiction/US-IL');
    expect(entityHref('en', { id: 'x y' })).toBe('/en/entity/x%20y');
  });

  it('switch language in place', () => {
    expect(switchLangPath('/en/matrix', '?sort=gaps', 'fr')).toBe('/fr/matrix?sort=gaps');
    expect(switchLangPath('/fr', '', 'en')).toBe('/en/atlas');
  });
});
