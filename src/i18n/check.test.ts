import { describe, expect, it } from 'vitest';
import { checkDictionaries } from './check';
import { en } from './en';
import { es } from './es';
import { t } from './index';

describe('interface dictionaries', () => {
  it('every language has every key of en.ts', () => {
    expect(() => checkDictionaries()).not.toThrow();
  });

  it('a missing key fails, naming the file of its language and the key', () => {
    const { 'safety.exit': _dropped, ...incomplete } = es;
    expect(() => checkDictionaries({ es: incomplete })).toThrow("src/i18n/es.ts: missing key 'safety.exit'");
  });

  it('a key English does not have fails too', () => {
    expect(() => checkDictionaries({ es: { ...es, 'safety.exitNow': 'Salir' } })).toThrow(
      "src/i18n/es.ts: key 'safety.exitNow' is not in src/i18n/en.ts",
    );
  });

  it('fills in values and keeps the English words', () => {
    expect(t('en')('section.kicker', { order: 3, total: 16 })).toBe('Section 3 of 16');
    expect(t('es')('section.kicker', { order: 3, total: 16 })).toBe('Sección 3 de 16');
    expect(t('en')('safety.exit')).toBe(en['safety.exit']);
  });
});
