import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export type ReferenceSection = 'contact' | 'servicePoints' | 'mrcs';

const SECTIONS: { key: ReferenceSection; href: string; label: 'contactLine' | 'servicePoints' | 'mrcs' }[] = [
  { key: 'servicePoints', href: '/admin/reference/service-points', label: 'servicePoints' },
  { key: 'mrcs', href: '/admin/reference/mrcs', label: 'mrcs' },
  { key: 'contact', href: '/admin/reference', label: 'contactLine' },
];

/** The reference data screens' own navigation, under the page title; the current one is marked. */
export async function ReferenceTabs({ current }: { current: ReferenceSection }) {
  const t = await getTranslations('reference');
  return (
    <nav aria-label={t('sections')}>
      <ul className="flex flex-wrap gap-2 border-b-2 border-qc-blue-pale">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              aria-current={section.key === current ? 'page' : undefined}
              className={`inline-block px-3 py-2 font-semibold text-qc-blue hover:underline ${section.key === current ? 'border-b-4 border-qc-blue' : ''}`}
            >
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
