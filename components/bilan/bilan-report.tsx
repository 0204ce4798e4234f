import type { BilanTable, BilanText } from '@/lib/bilan/text';

function ReportTable({ table, testId }: { table: BilanTable; testId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="bilan-table w-full border-collapse text-left" data-testid={testId}>
        <caption className="mb-2 text-left font-semibold">{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={`border-b-2 border-qc-blue px-2 py-1 ${index > 0 ? 'text-right' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([head, ...cells]) => (
            <tr key={head} className="border-b border-qc-blue-pale">
              <th scope="row" className="px-2 py-1 font-normal">
                {head}
              </th>
              {cells.map((cell, index) => (
                <td key={table.columns[index + 1]} className="px-2 py-1 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The bilan's text as a page: the same strings the PDF prints (lib/bilan/text.ts). */
export function BilanReportView({ text }: { text: BilanText }) {
  return (
    <article className="bilan-report max-w-4xl space-y-8" data-testid="bilan-report">
      <header className="space-y-1 border-b-4 border-qc-blue pb-4">
        <h1 className="text-3xl font-bold">{text.title}</h1>
        <p className="font-semibold">{text.ministry}</p>
        <p data-testid="bilan-period">{text.period}</p>
      </header>
      <section className="space-y-4 leading-relaxed">
        <p>{text.intro}</p>
        <p data-testid="sentence-persons">{text.personsSentence}</p>
        <p>{text.businessesIntro}</p>
        <p data-testid="sentence-businesses">{text.businessesSentence}</p>
        <p data-testid="sentence-agreements">{text.agreementsSentence}</p>
        <p>{text.agreementsFollowUp}</p>
      </section>
      <section aria-labelledby="bilan-staff" className="space-y-4">
        <h2 id="bilan-staff" className="text-2xl font-semibold">
          {text.staff.heading}
        </h2>
        {text.staff.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        {text.staff.table.rows.length > 0 && <ReportTable table={text.staff.table} testId="bilan-staff-table" />}
      </section>
      <section aria-labelledby="bilan-projects" className="space-y-4">
        <h2 id="bilan-projects" className="text-2xl font-semibold">
          {text.projects.heading}
        </h2>
        <p>{text.projects.intro}</p>
        {text.projects.lines.length > 0 && (
          <ul className="list-disc space-y-1 pl-6">
            {text.projects.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {text.projects.table && (
          <>
            <ReportTable table={text.projects.table} testId="bilan-projects-table" />
            <p className="text-sm">{text.projects.note}</p>
          </>
        )}
      </section>
      <section aria-labelledby="bilan-resources" className="space-y-4">
        <h2 id="bilan-resources" className="text-2xl font-semibold">
          {text.resources.heading}
        </h2>
        <p>{text.resources.intro}</p>
        {text.resources.none && <p>{text.resources.none}</p>}
        {text.resources.items.length > 0 && (
          <ul className="list-disc space-y-1 pl-6" data-testid="bilan-resources">
            {text.resources.items.map((item) => (
              <li key={item.name}>
                <span className="font-semibold">{item.name}</span>
                {item.details.length > 0 && <span> — {item.details.join(' — ')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bilan-offices" className="space-y-4">
        <h2 id="bilan-offices" className="text-2xl font-semibold">
          {text.offices.heading}
        </h2>
        <p>{text.offices.contactIntro}</p>
        <ul className="list-disc space-y-1 pl-6" data-testid="bilan-contact">
          {text.offices.contactLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{text.offices.locatedAt}</p>
        {text.offices.none && <p>{text.offices.none}</p>}
        <ul className="list-disc space-y-1 pl-6" data-testid="bilan-offices">
          {text.offices.addresses.map((address) => (
            <li key={address.line}>
              {address.line}
              {address.hours && <span className="block text-sm">{address.hours}</span>}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
