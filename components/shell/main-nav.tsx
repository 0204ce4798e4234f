'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface MainNavProps {
  label: string;
  items: { href: string; label: string }[];
}

/** Only screens that exist are listed; each feature adds its entry when it ships. The items wrap on a phone. */
export function MainNav({ label, items }: MainNavProps) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-qc-blue-pale bg-qc-grey-pale">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-2 px-4">
        {items.map((item) => {
          const current = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block px-3 py-2 font-semibold text-qc-blue hover:underline ${current ? 'border-b-4 border-qc-blue' : ''}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
