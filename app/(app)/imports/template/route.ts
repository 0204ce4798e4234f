import { defineRoute } from '@/lib/api/route';
import { kindTemplate } from '@/lib/imports/template-download';

export const dynamic = 'force-dynamic';

/** GET /imports/template?format=xlsx|csv: the persons template. No personal data. */
export const GET = defineRoute('import:persons', (request, user) => kindTemplate(request, user, 'persons'));
