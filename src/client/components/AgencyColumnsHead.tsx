import type { Agency } from '../../scenario/schema.ts';

/** The head of a tasks × organisations table: the first column's label, then one short name per organisation. */
export function AgencyColumnsHead({ first, agencies, last }: { first: string; agencies: readonly Agency[]; last?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {agencies.map((agency) => (
          <th key={agency.id} scope="col" title={agency.name}>
            {agency.short ?? agency.name}
          </th>
        ))}
        {last !== undefined && <th scope="col">{last}</th>}
      </tr>
    </thead>
  );
}
