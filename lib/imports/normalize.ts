// Header and value matching: "Date de naissance", "date_de_naissance" and "DATE DE NAISSANCE " are the same
// column; "Résidence permanente — immigration économique" and "residence permanente immigration economique"
// the same value. Accents, case, spacing and punctuation are set aside.
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
