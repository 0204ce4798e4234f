import * as schema from '@/db/schema';
import { addDays, Random } from '@/db/seed/random';
import { scaled, type Pending, type Pipeline } from './generate';

// The benchmark's funded projects and partners directory, generated after the agreements from a random
// stream of their own (so the rest of the data set stays what it was). At scale 1: about 1,500 funded
// projects with their territories and 300 partners; at scale 20, 30,000 and 6,000.

const EXTRAS_SEED = 20_261_127;
const PARTNERS_AT_SCALE_1 = 300;
const ROWS_PER_SEND = 10_000;

export interface GeneratedAgreement {
  id: string;
  startsOn: string;
  mrcIds: string[];
}

const SERVICE_WORDS = ['accueil', 'francisation', 'emploi', 'logement', 'intégration', 'loisirs', 'jumelage', 'aide alimentaire', 'santé', 'éducation', 'transport', 'garde d’enfants'];
const REGION_WEIGHTS: [string, number][] = [
  ['08', 0.6],
  ['07', 0.3],
  ['10', 0.1],
];

export async function streamAgreementExtras(
  pipeline: Pipeline,
  newPending: () => Pending,
  scale: number,
  agreements: GeneratedAgreement[],
  mrcIdsByRegion: Map<string, string[]>,
): Promise<void> {
  const rng = new Random(EXTRAS_SEED);
  let chunk = newPending();
  const flush = async () => {
    if (chunk.count >= ROWS_PER_SEND) {
      await pipeline.send(chunk);
      chunk = newPending();
    }
  };

  // 0 to 3 funded projects per agreement (1.5 on average), each covering some of the agreement's MRCs.
  const types = schema.fundedProjectType.enumValues;
  for (const agreement of agreements) {
    const projects = rng.int(0, 3);
    for (let n = 0; n < projects; n += 1) {
      const id = rng.uuid();
      const type = rng.pick(types);
      const startsOn = addDays(agreement.startsOn, rng.int(0, 180));
      chunk.add(schema.fundedProjects, {
        id,
        agreementId: agreement.id,
        type,
        title: `Projet ${type.replace(/_/g, ' ')} ${id.slice(0, 6)}`,
        description: rng.chance(0.5) ? `Activités de ${rng.pick(SERVICE_WORDS)} et de ${rng.pick(SERVICE_WORDS)}.` : null,
        startsOn,
        endsOn: rng.chance(0.8) ? addDays(startsOn, rng.int(30, 365)) : null,
        participants: rng.chance(0.7) ? rng.int(5, 400) : null,
      });
      const covered = agreement.mrcIds.filter((_, index) => index === 0 || rng.chance(0.5));
      for (const mrcId of covered) chunk.add(schema.fundedProjectTerritories, { fundedProjectId: id, mrcId });
      await flush();
    }
  }

  // The directory: organizations of the three regions, most of them active.
  const partnerCount = scaled(PARTNERS_AT_SCALE_1, scale);
  const kinds = schema.partnerKind.enumValues;
  for (let p = 0; p < partnerCount; p += 1) {
    const draw = rng.next();
    const regionCode = draw < REGION_WEIGHTS[0]![1] ? '08' : draw < REGION_WEIGHTS[0]![1] + REGION_WEIGHTS[1]![1] ? '07' : '10';
    const mrcId = rng.pick(mrcIdsByRegion.get(regionCode)!);
    chunk.add(schema.partners, {
      name: `Organisme ${rng.pick(SERVICE_WORDS)} ${String(p + 1).padStart(6, '0')}`,
      kind: rng.pick(kinds),
      regionCode,
      mrcId,
      services: `${rng.pick(SERVICE_WORDS)}, ${rng.pick(SERVICE_WORDS)}, ${rng.pick(SERVICE_WORDS)}`,
      territory: `Territoire ${p % 50}`,
      listedAsResource: rng.chance(0.05),
      active: rng.chance(0.9),
    });
    await flush();
  }
  await pipeline.send(chunk);
}
