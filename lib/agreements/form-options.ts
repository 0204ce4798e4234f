import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import { listAgreementPartnerChoices, listMrcChoices } from './queries';

/** The choices of the agreement and project forms: partners (inactive ones marked) and MRCs by region. */
export async function agreementFormOptions(db: DbOrTx, user: SessionUser, inactiveLabel: (name: string) => string, currentPartnerId?: string) {
  const [partners, mrcs] = await Promise.all([listAgreementPartnerChoices(db, currentPartnerId), listMrcChoices(db, user)]);
  const groups = new Map<string, { region: string; mrcs: { value: string; label: string }[] }>();
  for (const mrc of mrcs) {
    const group = groups.get(mrc.regionCode) ?? { region: `${mrc.regionCode} – ${mrc.regionName}`, mrcs: [] };
    group.mrcs.push({ value: mrc.id, label: mrc.name });
    groups.set(mrc.regionCode, group);
  }
  return {
    partners: partners.map((partner) => ({ value: partner.id, label: partner.active ? partner.name : inactiveLabel(partner.name) })),
    mrcGroups: [...groups.values()],
  };
}
