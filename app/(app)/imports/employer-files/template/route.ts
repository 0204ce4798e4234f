import { defineRoute } from '@/lib/api/route';
import { kindTemplate } from '@/lib/imports/template-download';

export const dynamic = 'force-dynamic';

/** GET /imports/employer-files/template?format=xlsx|csv: the employer-files template. No personal data. */
export const GET = defineRoute('import:employer-files', (request, user) => kindTemplate(request, user, 'employer_files'));
