import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isStructurallySame, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { validationText } from '@/components/forms/use-action-form';
import { CLIENT_NAMESPACES } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { INTL_LOCALES } from '@/lib/i18n/locale';
import { en } from '@/lib/i18n/messages/en';
import { fr, type Messages } from '@/lib/i18n/messages/fr';
import { getTranslator } from '@/lib/i18n/translator';

const NBSP = '\u00a0';

/** Every message of a catalogue by its dotted key. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [nested, text] of flatten(value as object, `${prefix}${key}.`)) entries.set(nested, text);
  }
  return entries;
}

describe('ICU plurals', () => {
  it('start from what Intl says for French: "one" for 0 and 1, "many" for whole millions', () => {
    const rules = new Intl.PluralRules('fr-CA');
    expect([0, 1, 2, 1_000_000].map((n) => rules.select(n))).toEqual(['one', 'one', 'other', 'many']);
  });
  it('count persons in French: 0 and 1 in the singular, thousands with a no-break space', () => {
    const { t } = getTranslator('fr', 'persons');
    expect(t('count', { count: 0 })).toBe('0 personne');
    expect(t('count', { count: 1 })).toBe('1 personne');
    expect(t('count', { count: 2 })).toBe('2 personnes');
    expect(t('count', { count: 1500 })).toBe(`1${NBSP}500 personnes`);
    expect(t('count', { count: 1_000_000 })).toBe(`1${NBSP}000${NBSP}000 personnes`);
    expect(t('count', { count: 2_000_000 })).toBe(`2${NBSP}000${NBSP}000 personnes`);
  });
  it('count persons in English', () => {
    const { t } = getTranslator('en', 'persons');
    expect([0, 1, 2, 1_000_000].map((count) => t('count', { count }))).toEqual(['0 people', '1 person', '2 people', '1,000,000 people']);
  });
});

describe('the translator outside React', () => {
  it('words and formats as the pages do, for the language it is given', () => {
    const summary = { region: '08 Abitibi-Témiscamingue', from: '1er août 2019', to: '31 mars 2020' };
    expect(getTranslator('fr').t('home.periodSummary', summary)).toBe('Région 08 Abitibi-Témiscamingue, du 1er août 2019 au 31 mars 2020');
    expect(getTranslator('en-CA', 'home').t('title')).toBe('Dashboard');
    const { locale, format, formatDate: longDate } = getTranslator('fr-CA');
    expect(locale).toBe('fr-CA');
    expect(format.number(25000.5)).toBe(`25${NBSP}000,5`);
    expect(format.number(25000.5, { style: 'currency', currency: 'CAD' })).toBe(`25${NBSP}000,50${NBSP}$`);
    expect(getTranslator('en').format.number(25000.5)).toBe('25,000.5');
    // 03:30 UTC on January 1st is still December 31st in Quebec.
    expect(format.dateTime(new Date('2020-01-01T03:30:00Z'), { dateStyle: 'long' })).toBe('31 décembre 2019');
    expect(longDate('2019-08-01')).toBe('1er août 2019');
  });
});

describe('date format', () => {
  it('writes calendar dates the Quebec way in French, with the ordinal for the 1st, and in English', () => {
    expect(formatDate('2019-08-01', 'fr')).toBe('1er août 2019');
    expect(formatDate('2020-03-31', 'fr')).toBe('31 mars 2020');
    expect(formatDate('2019-11-11', 'fr-CA')).toBe('11 novembre 2019');
    expect(formatDate('2020-03-31', 'en')).toBe('March 31, 2020');
    expect(formatDate('2019-08-01', 'en-CA')).toBe('August 1, 2019');
  });
  it('shows an instant on its day in Quebec', () => {
    // 23:30 in Quebec on August 1st, already the 2nd in UTC.
    expect(formatDate(new Date('2019-08-02T03:30:00Z'), 'fr')).toBe('1er août 2019');
    expect(formatDate(new Date('2019-08-02T03:30:00Z'), 'en')).toBe('August 1, 2019');
  });
});

describe('the catalogues', () => {
  const french = flatten(fr);
  const english = flatten(en);

  it('have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it('are valid ICU messages with the same arguments of the same types in both languages', () => {
    for (const [key, text] of french) {
      const result = isStructurallySame(parse(text), parse(english.get(key)!));
      expect(result.success, `${key}: ${result.error?.message}`).toBe(true);
    }
  });

  // ICU gives meaning to ' { } # and <: a message must still read as written. A straight apostrophe
  // would vanish or swallow the text after it ("l'accueil {name}" renders "laccueil {name}").
  it('render exactly as written, each argument replaced by its value', () => {
    for (const [language, messages] of [['fr', french], ['en', english]] as const) {
      const t = createTranslator({ locale: INTL_LOCALES[language], messages: language === 'fr' ? fr : en }) as unknown as (key: string, values: object) => string;
      for (const [key, text] of messages) {
        const elements = parse(text);
        if (elements.some((element) => element.type === TYPE.plural || element.type === TYPE.select)) continue; // tested above
        const values = Object.fromEntries(elements.filter((element) => element.type === TYPE.argument).map((element) => [element.value, `«${element.value}»`]));
        expect(t(key, values), `${language} ${key}`).toBe(text.replace(/\{(\w+)\}/g, '«$1»'));
      }
    }
  });

  it('use the typographic apostrophe', () => {
    for (const [key, text] of [...french, ...english]) expect(text.includes("'"), key).toBe(false);
  });
});

describe('validation codes in forms', () => {
  const t = createTranslator({ locale: 'fr-CA', messages: fr as Messages, namespace: 'validation' });
  it('show the catalogue sentence of a known code', () => {
    expect(validationText(t, 'required')).toBe('Ce champ est obligatoire.');
    expect(validationText(t, 'passwordTooShort')).toBe('Le mot de passe doit compter au moins 12 caractères.');
  });
  it('show the generic sentence for an unknown code, and nothing without one', () => {
    for (const code of ['noSuchCode', 'constructor', '__proto__', 'toString', 'required.x', '']) {
      expect(validationText(t, code), code).toBe(code ? 'Cette valeur n’est pas valide.' : undefined);
    }
    expect(validationText(t, undefined)).toBeUndefined();
  });
});

describe('messages sent to the browser', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(path.join(root, file)).isDirectory()) return sources(file);
      return /\.tsx?$/.test(name) ? [file] : [];
    });

  it('include every namespace a client component reads', () => {
    const clientFiles = [...sources('app'), ...sources('components')].filter((file) => /^\s*['"]use client['"]/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(clientFiles.length).toBeGreaterThan(0);
    for (const file of clientFiles) {
      const source = readFileSync(path.join(root, file), 'utf8');
      expect(source, `${file} reads every namespace`).not.toMatch(/useTranslations\(\s*\)/);
      for (const [, namespace] of source.matchAll(/useTranslations\(\s*['"]([\w.]+)['"]/g)) {
        expect(CLIENT_NAMESPACES as readonly string[], `${file}: useTranslations('${namespace}')`).toContain(namespace!.split('.')[0]);
      }
    }
  });
});
